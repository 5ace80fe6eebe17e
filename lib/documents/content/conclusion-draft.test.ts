import { eq } from "drizzle-orm";
import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import { issuedDocuments } from "@/db/schema";
import { auditLog } from "@/lib/directives/test-helpers";
import { renderDocx } from "@/lib/documents/docx";
import type { IssuedDocumentSnapshot } from "@/lib/documents/issue";
import type { DocumentBlock } from "@/lib/documents/spec";
import { ConflictError } from "@/lib/errors";
import { db } from "@/test/db";
import { createUser } from "@/test/factories";
import { issueConferenceDocument, saveConclusionDraft } from "./commands";
import { initialConclusionContent } from "./conclusion-draft";
import { conclusionNoticeDocument, loadConclusionNoticeData } from "./conclusion-notice";
import { ensureDocumentDraft } from "./drafts";
import { createSeedLikeConference, type SeedLike } from "./test-fixtures";

/* The conclusion notice's editable draft: prefilled from the record, saved with its version, used by every rendering. */

const paragraphs = (body: DocumentBlock[]) => body.flatMap((block) => (block.type === "paragraph" ? [block.text] : []));
const section = (body: DocumentBlock[], from: string, to: string) => body.slice(body.findIndex((b) => b.type === "heading" && b.text === from) + 1, body.findIndex((b) => b.type === "heading" && b.text === to));

let seed: SeedLike;
beforeAll(async () => {
  seed = await createSeedLikeConference(db());
});

async function openDraft() {
  const data = await loadConclusionNoticeData(db(), seed.conference.id);
  return ensureDocumentDraft(db(), seed.conference.id, "conclusion_notice", () => initialConclusionContent(data!));
}

describe("conclusion notice draft", () => {
  it("starts from the record: the report's key figures in prose, then the table, and the directives", async () => {
    const { spec } = (await conclusionNoticeDocument(db(), seed.conference.id, { date: "2012-07-05" }))!;
    const assessment = section(spec.body, "I. ĐÁNH GIÁ KẾT QUẢ", "II. Ý KIẾN CHỈ ĐẠO");
    const texts = paragraphs(assessment);
    expect(texts[0]).toBe("Hội nghị đã nghe báo cáo kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2012 và ý kiến thảo luận của các đại biểu.");
    // More than the one boilerplate sentence: the figures as the seed article writes them.
    expect(texts.some((text) => text.includes("ước đạt 468.112 thuê bao, tăng 9% so với cùng kỳ"))).toBe(true);
    expect(texts.some((text) => text.includes("89,16 tỷ đồng"))).toBe(true);
    expect(assessment.some((block) => block.type === "table")).toBe(true);
    const directions = section(spec.body, "II. Ý KIẾN CHỈ ĐẠO", "III. PHÂN CÔNG THỰC HIỆN");
    expect(directions).toEqual([
      {
        type: "numbered",
        items: [
          "Tăng cường quản lý nhà nước về báo chí.",
          "Tăng cường quản lý lĩnh vực bưu chính, viễn thông và công nghệ thông tin.",
          "Quản lý thuê bao di động trả trước; tổ chức tập huấn, hướng dẫn Thông tư số 04/2012/TT-BTTTT ngày 13/4/2012 của Bộ Thông tin và Truyền thông.",
        ],
      },
    ]);
  });

  it("is saved with a version check and audit row, and the print view, the .docx and the issued copy use it", async () => {
    const draft = await openDraft();
    expect(draft.version).toBe(1);
    expect((await openDraft()).version).toBe(1);
    const user = await createUser(db(), { role: "secretariat" });
    const log = auditLog();
    const ctx = { tx: db(), actorId: user.id, audit: log.audit };
    const content = {
      assessment: "Sáu tháng đầu năm, ngành hoàn thành cơ bản các chỉ tiêu.\nDoanh thu viễn thông ước đạt 89,16 tỷ đồng.",
      includeIndicatorTable: false,
      directions: "1. Tăng cường quản lý thuê bao di động trả trước\nĐẩy mạnh ứng dụng công nghệ thông tin.",
    };
    expect((await saveConclusionDraft(ctx, { conferenceId: seed.conference.id, version: 1, content })).version).toBe(2);
    expect(log.entries).toHaveLength(1);
    expect(log.entries[0]).toMatchObject({ action: "document_draft.update", entityType: "document_draft", entityId: seed.conference.id, after: { kind: "conclusion_notice", version: 2 } });
    await expect(saveConclusionDraft(ctx, { conferenceId: seed.conference.id, version: 1, content: { ...content, assessment: "Khác" } })).rejects.toBeInstanceOf(ConflictError);
    expect(log.entries).toHaveLength(1);

    const { spec } = (await conclusionNoticeDocument(db(), seed.conference.id, { date: "2012-07-05" }))!;
    const assessment = section(spec.body, "I. ĐÁNH GIÁ KẾT QUẢ", "II. Ý KIẾN CHỈ ĐẠO");
    expect(assessment).toEqual([
      { type: "paragraph", text: "Sáu tháng đầu năm, ngành hoàn thành cơ bản các chỉ tiêu." },
      { type: "paragraph", text: "Doanh thu viễn thông ước đạt 89,16 tỷ đồng." },
    ]);
    // Typed numbers are not doubled: the list numbers the directions itself.
    expect(section(spec.body, "II. Ý KIẾN CHỈ ĐẠO", "III. PHÂN CÔNG THỰC HIỆN")).toEqual([
      { type: "numbered", items: ["Tăng cường quản lý thuê bao di động trả trước.", "Đẩy mạnh ứng dụng công nghệ thông tin."] },
    ]);
    const xml = await (await JSZip.loadAsync(await renderDocx(spec))).file("word/document.xml")!.async("string");
    expect(xml).toContain("Sáu tháng đầu năm, ngành hoàn thành cơ bản các chỉ tiêu.");

    const issued = await issueConferenceDocument(ctx, { conferenceId: seed.conference.id, kind: "conclusion_notice", date: "2012-07-05", signerName: "Lò Văn Thắng", signerTitle: "Giám đốc Sở" });
    const [row] = await db().select({ snapshot: issuedDocuments.snapshot }).from(issuedDocuments).where(eq(issuedDocuments.id, issued.id));
    expect(paragraphs((row.snapshot as IssuedDocumentSnapshot).spec.body)).toContain("Doanh thu viễn thông ước đạt 89,16 tỷ đồng.");
  });
});
