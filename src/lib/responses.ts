/** Static file responses for the /data/ endpoints. */
export const jsonResponse = (data: unknown) =>
  new Response(JSON.stringify(data, null, 2), { headers: { 'content-type': 'application/json; charset=utf-8' } });

export const csvResponse = (csv: string) => new Response(csv, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
