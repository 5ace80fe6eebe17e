import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { agencies, agendaItemKinds, conferenceFormats, conferenceKinds, conferences, conferenceStatuses, invitationStatuses } from "@/db/schema";
import { listAgenda } from "@/lib/agenda/queries";
import { loadVisibleConference } from "@/lib/conferences/access";
import { createConferenceMutation } from "@/lib/conferences/mutations";
import { conferenceListConditions, getConferenceDetail, listBridgePoints, parseConferenceListParams } from "@/lib/conferences/queries";
import { listInvitations } from "@/lib/invitations/queries";
import { apiMutate } from "../handler";
import { cursorAt, keysetConditions, keysetOrder, listEnvelope, listQueryFields, pageOf } from "../pagination";
import { ApiProblem } from "../problem";
import { defineApiRoute, idParams } from "../route";
import { agencyRef, idFilter, instant, isoInstant, optionalInstant, textFilter } from "./common";

/* Conferences: visibility from lib/conferences/access.ts, filters from the list page, creation through the form's mutation. */

const conferenceSchema = z.object({
  id: z.number().int(),
  title: z.string(),
  kind: z.enum(conferenceKinds),
  status: z.enum(conferenceStatuses),
  reviewedPeriod: z.string().nullable().meta({ example: "2012-H1" }),
  plannedPeriod: z.string().nullable(),
  startsAt: isoInstant,
  endsAt: isoInstant,
  hostAgency: agencyRef,
  format: z.enum(conferenceFormats),
  venue: z.string().nullable(),
  publishedToAll: z.boolean(),
  version: z.number().int(),
  updatedAt: isoInstant,
});

const conferenceDetailSchema = conferenceSchema.extend({
  notes: z.string().nullable(),
  chairName: z.string().nullable(),
  secretaryName: z.string().nullable(),
  previousConferenceId: z.number().int().nullable(),
  replyDeadline: isoInstant.nullable(),
  bridgePoints: z.array(z.object({ id: z.number().int(), position: z.number().int(), name: z.string(), place: z.string().nullable(), contact: z.string().nullable(), responsibleAgencyName: z.string().nullable() })),
  agenda: z.array(
    z.object({
      id: z.number().int(),
      position: z.number().int(),
      title: z.string(),
      kind: z.enum(agendaItemKinds),
      presenterName: z.string().nullable(),
      startsAt: isoInstant.nullable(),
      durationMinutes: z.number().int().nullable(),
    }),
  ),
  invitations: z.array(
    z.object({
      id: z.number().int(),
      agency: agencyRef.nullable(),
      personName: z.string().nullable(),
      status: z.enum(invitationStatuses),
      delegateName: z.string().nullable(),
      repliedAt: isoInstant.nullable(),
    }),
  ),
});

const exampleConference = {
  id: 1,
  title: "Hội nghị sơ kết 6 tháng đầu năm 2012",
  kind: "mid_year_review" as const,
  status: "concluded" as const,
  reviewedPeriod: "2012-H1",
  plannedPeriod: "2012-H2",
  startsAt: "2012-07-02T01:00:00.000Z",
  endsAt: "2012-07-02T04:30:00.000Z",
  hostAgency: { id: 1, name: "Sở Thông tin và Truyền thông" },
  format: "in_person" as const,
  venue: "Hội trường Sở",
  publishedToAll: true,
  version: 4,
  updatedAt: "2012-07-03T08:00:00.000Z",
};

export const listConferencesRoute = defineApiRoute({
  method: "GET",
  path: "/conferences",
  operationId: "listConferences",
  tag: "Conferences",
  summary: "Conferences the token's owner may see",
  description: "A unit officer's token sees those published to all and those their unit is invited to, as on /conferences.",
  scope: "read",
  permission: "conferences.view",
  query: z.object({
    q: textFilter("Words in the title"),
    kind: z.enum(conferenceKinds).optional(),
    status: z.enum(conferenceStatuses).optional(),
    host: idFilter("Host agency id"),
    period: z.string().regex(/^\d{4}(-(H[12]|Q[1-4]|M(0[1-9]|1[0-2])|9M|Y))?$/).optional().meta({ description: "A year (2012) or the reviewed period (2012-H1)" }),
    ...listQueryFields,
  }),
  response: listEnvelope(conferenceSchema),
  problems: ["unauthorized", "insufficient_scope", "invalid_request", "rate_limited"],
  example: { query: { period: "2012" }, response: { items: [exampleConference], nextCursor: null } },
  handle: async ({ db, user, query }) => {
    const { cursor, limit, updated_since, ...pageParams } = query;
    const filters = parseConferenceListParams(Object.fromEntries(Object.entries(pageParams).map(([k, v]) => [k, v === undefined ? undefined : String(v)])));
    const keys = { updatedAt: conferences.updatedAt, id: conferences.id };
    const rows = await db
      .select({ row: conferences, cursorAt: cursorAt(conferences.updatedAt), hostName: agencies.name, id: conferences.id })
      .from(conferences)
      .innerJoin(agencies, eq(agencies.id, conferences.hostAgencyId))
      .where(and(...conferenceListConditions(db, user, filters), ...keysetConditions(keys, { cursor, updated_since })))
      .orderBy(...keysetOrder(keys))
      .limit(limit + 1);
    return pageOf(rows, limit, ({ row, hostName }) => present(row, hostName));
  },
});

function present(row: typeof conferences.$inferSelect, hostName: string) {
  return {
    id: row.id,
    title: row.title,
    kind: row.kind,
    status: row.status,
    reviewedPeriod: row.reviewedPeriod,
    plannedPeriod: row.plannedPeriod,
    startsAt: instant(row.startsAt),
    endsAt: instant(row.endsAt),
    hostAgency: { id: row.hostAgencyId, name: hostName },
    format: row.format,
    venue: row.venue,
    publishedToAll: row.publishedToAll,
    version: row.version,
    updatedAt: instant(row.updatedAt),
  };
}

export const getConferenceRoute = defineApiRoute({
  method: "GET",
  path: "/conferences/{id}",
  operationId: "getConference",
  tag: "Conferences",
  summary: "A conference with its bridge points, agenda and invitations",
  scope: "read",
  permission: "conferences.view",
  params: idParams,
  response: conferenceDetailSchema,
  problems: ["unauthorized", "not_found", "rate_limited"],
  example: {
    params: { id: 1 },
    response: {
      ...exampleConference,
      notes: null,
      chairName: "Giàng Thị Hoa",
      secretaryName: null,
      previousConferenceId: null,
      replyDeadline: null,
      bridgePoints: [],
      agenda: [{ id: 5, position: 1, title: "Báo cáo sơ kết 6 tháng đầu năm", kind: "report", presenterName: "Văn phòng Sở", startsAt: null, durationMinutes: 30 }],
      invitations: [{ id: 9, agency: { id: 4, name: "Phòng Bưu chính, Viễn thông" }, personName: null, status: "confirmed", delegateName: null, repliedAt: "2012-06-28T02:00:00.000Z" }],
    },
  },
  handle: async ({ db, user, params }) => {
    const conference = await loadVisibleConference(db, params.id, user);
    if (!conference) throw new ApiProblem("not_found");
    const [detail, points, agenda, invitations] = await Promise.all([
      getConferenceDetail(db, conference.id, user),
      listBridgePoints(db, conference.id),
      listAgenda(db, conference.id),
      listInvitations(db, conference.id),
    ]);
    return {
      ...present(conference, detail?.hostAgencyName ?? ""),
      notes: conference.notes,
      chairName: detail?.chairName ?? null,
      secretaryName: detail?.secretaryName ?? null,
      previousConferenceId: detail?.previousId ?? null,
      replyDeadline: optionalInstant(conference.replyDeadline),
      bridgePoints: points,
      agenda: agenda.map((item) => ({
        id: item.id,
        position: item.position,
        title: item.title,
        kind: item.kind,
        presenterName: item.presenterName,
        startsAt: optionalInstant(item.startsAt),
        durationMinutes: item.durationMinutes,
      })),
      // Never the QR check-in secret: that is for the secretariat's check-in screen only.
      invitations: invitations.map((i) => ({
        id: i.id,
        agency: i.agencyId && i.agencyName ? { id: i.agencyId, name: i.agencyName } : null,
        personName: i.personName,
        status: i.status,
        delegateName: i.delegateName,
        repliedAt: optionalInstant(i.repliedAt),
      })),
    };
  },
});

export const createConferenceRoute = defineApiRoute({
  method: "POST",
  path: "/conferences",
  operationId: "createConference",
  tag: "Conferences",
  summary: "Create a conference (a draft), as the secretariat does on /conferences/new",
  description: "The same fields and rules as the form: date as yyyy-MM-dd or dd/MM/yyyy, times HH:mm in Asia/Ho_Chi_Minh.",
  scope: "conferences:write",
  permission: "conferences.manage",
  body: createConferenceMutation.schema.in,
  response: z.object({ id: z.number().int(), status: z.enum(conferenceStatuses), version: z.number().int() }),
  successStatus: 201,
  problems: ["unauthorized", "insufficient_scope", "forbidden", "validation_failed", "refused", "unsupported_media_type", "rate_limited"],
  example: {
    body: { title: "Hội nghị sơ kết 6 tháng đầu năm 2013", kind: "mid_year_review", reviewedPeriod: "2013-H1", date: "2013-07-02", startTime: "08:00", endTime: "11:30", hostAgencyId: 1, format: "in_person", venue: "Hội trường Sở" },
    response: { id: 31, status: "draft", version: 1 },
  },
  handle: async (ctx) => {
    const created = await apiMutate(ctx, createConferenceMutation, ctx.body, ["/conferences", "/schedule"]);
    return { id: created.id, status: created.status, version: created.version };
  },
});
