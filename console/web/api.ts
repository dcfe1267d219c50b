// The API reference: Swagger UI (served from this machine) on the service's /openapi.json, read
// through the console. Trying calls out is off: the services want a client certificate.
import './algemeen.js';
declare const SwaggerUIBundle: (options: Record<string, unknown>) => unknown;

const dienst = JSON.parse(document.getElementById('api-dienst')!.textContent ?? '""') as string;
window.addEventListener('load', () => {
  SwaggerUIBundle({
    url: `/api/openapi/${dienst}`,
    dom_id: '#swagger',
    supportedSubmitMethods: [],
    deepLinking: true,
    defaultModelsExpandDepth: 0,
  });
});
