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
  if (!response.ok) {
    let problem = {};
    try {
      problem = await response.json();
    } catch {
      // not a problem document: keep the status line
    }
    throw new ApiError(response.status, problem.title || response.statusText, problem.detail);
  }
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
};
