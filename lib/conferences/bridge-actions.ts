"use server";

import { getTranslations } from "@/lib/i18n/server";
import { getDb } from "@/db/client";
import { mutate } from "@/lib/actions";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import type { FormState } from "@/lib/form-state";
import { ImportFileError, readXlsxGrid } from "@/lib/indicators/import-parse";
import { checkSize } from "@/lib/storage/store";
import { UserFacingError } from "@/lib/errors";
import { loadVisibleConference } from "./access";
import { addBridgeList, listAgencyNames, moveBridgePoint, updateBridgePoint } from "./bridge-commands";
import { MAX_BRIDGE_LINES, parseBridgeList, rowsToBridgeText } from "./bridge-list";
import { addBridgeListSchema, moveBridgePointSchema, updateBridgePointSchema } from "./validation";

/*
 * Public POST endpoints like every server action. The preview changes nothing but still
 * checks the user, the permission and the conference itself; the changes go through mutate().
 */

export interface BridgePreviewLine {
  line: number;
  name: string;
  agency: string | null;
  error: string | null;
}

export interface BridgePreviewState {
  status: "idle" | "preview" | "error";
  /** The list as read (from the text box or the spreadsheet), sent again by "Lưu". */
  list: string;
  lines: BridgePreviewLine[];
  message?: string;
}

const page = (conferenceId: number) => `/conferences/${conferenceId}`;

/** The pasted list, or the spreadsheet's rows as such a list when a file was chosen. */
async function listFrom(formData: FormData): Promise<string> {
  const file = formData.get("file");
  if (file instanceof File && file.size > 0) {
    checkSize(file.size);
    try {
      return rowsToBridgeText((await readXlsxGrid(new Uint8Array(await file.arrayBuffer()))).map((row) => row.cells));
    } catch (error) {
      if (error instanceof ImportFileError) throw new UserFacingError("conferences.bridge.errors.unreadable", "file");
      throw error;
    }
  }
  const text = formData.get("list");
  return typeof text === "string" ? text : "";
}

export async function previewBridgeListAction(_state: BridgePreviewState, formData: FormData): Promise<BridgePreviewState> {
  const t = await getTranslations();
  const user = await getCurrentUser();
  const empty = { list: "", lines: [] };
  if (!user) return { ...empty, status: "error", message: t("errors.signedOut") };
  const db = getDb();
  const conference = can(user, "conferences.manage") ? await loadVisibleConference(db, Number(formData.get("conferenceId")), user) : null;
  if (!conference) return { ...empty, status: "error", message: t("errors.forbidden") };
  let list: string;
  try {
    list = await listFrom(formData);
  } catch (error) {
    if (error instanceof UserFacingError) return { ...empty, status: "error", message: t(error.messageKey) };
    throw error;
  }
  const lines = parseBridgeList(list, await listAgencyNames(db));
  if (lines.length === 0) return { status: "error", list, lines: [], message: t("conferences.bridge.errors.empty") };
  if (lines.length > MAX_BRIDGE_LINES) return { status: "error", list, lines: [], message: t("conferences.bridge.errors.tooMany") };
  return {
    status: "preview",
    list,
    lines: lines.map((line) => ({
      line: line.line,
      name: line.name,
      agency: line.agency?.name ?? line.agencyText,
      error: line.error ? t(`conferences.bridge.errors.${line.error}`, { agency: line.agencyText ?? "" }) : null,
    })),
  };
}

export async function addBridgeListAction(_state: FormState, formData: FormData): Promise<FormState> {
  return mutate(formData, {
    schema: addBridgeListSchema,
    permission: "conferences.manage",
    run: ({ tx, audit, input, user }) => addBridgeList({ tx, audit, actorId: user.id }, input),
    revalidate: [page(Number(formData.get("conferenceId")))],
    redirectTo: () => `${page(Number(formData.get("conferenceId")))}#bridge-points-title`,
    successMessage: "conferences.messages.bridgeListAdded",
  });
}

export async function updateBridgePointAction(_state: FormState, formData: FormData): Promise<FormState> {
  return mutate(formData, {
    schema: updateBridgePointSchema,
    permission: "conferences.manage",
    run: ({ tx, audit, input, user }) => updateBridgePoint({ tx, audit, actorId: user.id }, input),
    revalidate: [page(Number(formData.get("conferenceId")))],
    redirectTo: () => `${page(Number(formData.get("conferenceId")))}#bridge-points-title`,
    successMessage: "conferences.messages.bridgeUpdated",
  });
}

export async function moveBridgePointAction(_state: FormState, formData: FormData): Promise<FormState> {
  return mutate(formData, {
    schema: moveBridgePointSchema,
    permission: "conferences.manage",
    run: ({ tx, audit, input, user }) => moveBridgePoint({ tx, audit, actorId: user.id }, input),
    revalidate: [page(Number(formData.get("conferenceId")))],
    successMessage: "conferences.messages.bridgeMoved",
  });
}
