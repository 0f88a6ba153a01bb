// The dashboard's only way to the server: JSON from /api, with the server's problem details as errors.

export class ApiError extends Error {
  constructor(status, title, detail) {
    super(detail || title);
    this.status = status;
    this.title = title;
  }
}

export async function getJson(path, params = {}) {
  const response = await fetch(url(path, params), { headers: { Accept: 'application/json' } });
  if (!response.ok) throw await problemOf(response);
  return response.json();
}

/** The address of an API resource, with empty parameters left out. */
export function url(path, params = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') query.set(key, value);
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

export const api = {
  pairs: () => getJson('/api/pairs'),
  features: () => getJson('/api/features'),
  series: (pair, params) => getJson(`/api/pairs/${pair}/series`, params),
  events: (pair, params) => getJson(`/api/pairs/${pair}/events`, params),
  matrix: (params) => getJson('/api/matrix', params),
  crises: (pair, params) => getJson(`/api/pairs/${pair}/crises`, params),
  channels: (pair, params) => getJson(`/api/pairs/${pair}/channels`, params),
  scenarios: () => getJson('/api/scenarios'),
  scenarioYaml: (name) => getText(`/api/scenarios/${encodeURIComponent(name)}`),
  startSimulation: (request) => send('POST', '/api/simulations', request),
  simulation: (id) => getJson(`/api/simulations/${id}`),
  simulationResult: (id) => getJson(`/api/simulations/${id}/result`),
  cancelSimulation: (id) => fetch(`/api/simulations/${id}`, { method: 'DELETE', keepalive: true }).catch(() => {}),
};

async function problemOf(response) {
  let problem = {};
  try {
    problem = await response.json();
  } catch {
    // not a problem document: keep the status line
  }
  return new ApiError(response.status, problem.title || response.statusText, problem.detail);
}

async function getText(path) {
  const response = await fetch(path);
  if (!response.ok) throw await problemOf(response);
  return response.text();
}

async function send(method, path, body) {
  const response = await fetch(path, {
    method,
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw await problemOf(response);
  return response.json();
}
