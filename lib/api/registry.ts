import { addContributionRoute, reportCompletionRoute, reportProgressRoute } from "./resources/task-reports";
import { getTaskRoute, listTasksRoute } from "./resources/tasks";
import { createConferenceRoute, getConferenceRoute, listConferencesRoute } from "./resources/conferences";
import { getReportRoute, listReportsRoute, submitReportValuesRoute } from "./resources/reports";
import { getDirectiveRoute, listDirectivesRoute } from "./resources/directives";
import { listAgenciesRoute, listIndicatorsRoute, listLegalDocumentsRoute } from "./resources/catalogue";
import { getIssuedDocumentFileRoute, getIssuedDocumentRoute, listIssuedDocumentsRoute } from "./resources/issued-documents";
import type { ApiRoute } from "./route";

/** Every /api/v1 operation, in the order the reference lists them. A test checks each has its route file and each route file is here. */
export const apiRoutes: ApiRoute[] = [
  listConferencesRoute,
  createConferenceRoute,
  getConferenceRoute,
  listDirectivesRoute,
  getDirectiveRoute,
  listTasksRoute,
  getTaskRoute,
  reportProgressRoute,
  reportCompletionRoute,
  addContributionRoute,
  listIndicatorsRoute,
  listReportsRoute,
  getReportRoute,
  submitReportValuesRoute,
  listLegalDocumentsRoute,
  listIssuedDocumentsRoute,
  getIssuedDocumentRoute,
  getIssuedDocumentFileRoute,
  listAgenciesRoute,
] as ApiRoute[];
