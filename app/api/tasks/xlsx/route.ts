import { taskListXlsxResponse } from "@/lib/tasks/list-xlsx";

/**
 * GET /api/tasks/xlsx?status=&due=7&awaiting=1&lead=&directive=&conference=&period=&sector=&q=
 * — the task list with the filters of /tasks, every matching row, as .xlsx. Checks the session,
 * the permission and (for unit officers) the agency's own tasks itself.
 */
export async function GET(request: Request): Promise<Response> {
  return taskListXlsxResponse(request);
}
