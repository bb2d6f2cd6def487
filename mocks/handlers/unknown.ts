/**
 * Any other call under an API prefix (`/v1/`, `/v1.0/`, `/v2/`, `/v3/`, `/v3.0/`, `/__mock/`):
 * a JSON 404 in the path family's error shape, never the SPA's index.html with 200 (issue 12).
 * The console's own routes (`/`, `/global-config`, …) start with none of these and still get the SPA.
 */
import { http } from 'msw';
import { familyOf, HttpError, toErrorResponse } from '../http';

export const API_PREFIX = /^\/(v1|v1\.0|v2|v3|v3\.0|__mock)\//;

export const unknownApiHandlers = [
  http.all(
    ({ request }) => API_PREFIX.test(new URL(request.url).pathname),
    ({ request }) => {
      const url = new URL(request.url);
      return toErrorResponse(familyOf(url), new HttpError(404, 'ModelArts.0104', `No such API: ${request.method} ${url.pathname}.`));
    },
  ),
];
