// The current ClickHouse engine for the ClickHouse store's tests: npm's chdb (ClickHouse in-process, no server of its
// own) behind a minimal version of ClickHouse's HTTP interface on 127.0.0.1, so the store's own HTTP client sends it
// every statement as it sends them to a server.
//
//   node tests/chdb/server.mjs PORT DATA_DIR        # prints "ready PORT" once it listens; stop it with SIGTERM
//
// What it does with a request (POST /, statement in the body, or in ?query= with data in the body):
//   - a statement runs as it is, in one chdb session kept in DATA_DIR, output TabSeparated unless it says FORMAT;
//   - `INSERT INTO db.table (columns) FORMAT RowBinary` with the rows in the body (chdb takes no request body): the
//     rows go to a file and the same INSERT reads them, `INSERT INTO db.table (columns) SELECT * FROM file(...)`,
//     with the columns' types from system.columns;
//   - an error answers 500 with the engine's message, as a server does; GET /ping answers "Ok.".
// The URL's settings (wait_end_of_query, insert_distributed_sync, the query size limits) are a server's HTTP options
// and are not passed on: the engine's defaults hold (a statement of at most 256 KiB, which the tests' stay under).
// Requests run one at a time.
import { createRequire } from "node:module";
import { createServer } from "node:http";
import { mkdirSync, writeFileSync, rmSync } from "node:fs";
import { join } from "node:path";

const require = createRequire(import.meta.url);
const { Session } = require("chdb");

const [port, dataDir] = [Number(process.argv[2]), process.argv[3]];
if (!Number.isInteger(port) || !dataDir) {
  console.error("usage: node server.mjs PORT DATA_DIR");
  process.exit(2);
}
mkdirSync(dataDir, { recursive: true });
const session = new Session(join(dataDir, "session"));
const uploads = join(dataDir, "uploads");
mkdirSync(uploads, { recursive: true });
let uploadCount = 0;

const quote = (s) => "'" + s.replace(/\\/g, "\\\\").replace(/'/g, "\\'") + "'";
const insertRowBinary = /^\s*INSERT\s+INTO\s+([A-Za-z_][A-Za-z0-9_]*)\.([A-Za-z_][A-Za-z0-9_]*)\s*\(([^)]*)\)\s*FORMAT\s+RowBinary\s*$/i;
function run(sql) {
  return session.query(sql, "TabSeparated") ?? "";
}

function insert(match, body) {
  const [, db, table, columnList] = match;
  const columns = columnList.split(",").map((c) => c.trim());
  const types = new Map(
    session
      .query(`SELECT name, type FROM system.columns WHERE database = ${quote(db)} AND table = ${quote(table)}`, "TabSeparated")
      .split("\n")
      .filter((l) => l.length > 0)
      .map((l) => l.split("\t")),
  );
  const missing = columns.filter((c) => !types.has(c));
  if (missing.length > 0) throw new Error(`Code: 16. DB::Exception: No such column ${missing[0]} in table ${db}.${table}. (NO_SUCH_COLUMN_IN_TABLE)`);
  const file = join(uploads, `rows-${process.pid}-${uploadCount++}.bin`);
  writeFileSync(file, body);
  try {
    const structure = columns.map((c) => `${c} ${types.get(c)}`).join(", ");
    session.query(`INSERT INTO ${db}.${table} (${columns.join(", ")}) SELECT * FROM file(${quote(file)}, 'RowBinary', ${quote(structure)})`, "TabSeparated");
  } finally {
    rmSync(file, { force: true });
  }
  return "";
}

const server = createServer((request, response) => {
  const url = new URL(request.url, "http://127.0.0.1");
  if (request.method === "GET" && url.pathname === "/ping") {
    response.end("Ok.\n");
    return;
  }
  const chunks = [];
  request.on("data", (c) => chunks.push(c));
  request.on("end", () => {
    const body = Buffer.concat(chunks);
    try {
      const query = url.searchParams.get("query");
      let out;
      if (query === null) out = run(body.toString("utf8"));
      else {
        const match = query.match(insertRowBinary);
        out = match ? insert(match, body) : run(query + (body.length > 0 ? "\n" + body.toString("utf8") : ""));
      }
      response.writeHead(200, { "Content-Type": "text/tab-separated-values; charset=UTF-8" });
      response.end(out);
    } catch (error) {
      response.writeHead(500, { "Content-Type": "text/plain; charset=UTF-8" });
      response.end(String(error?.message ?? error).replace(/^Query failed: /, "") + "\n");
    }
  });
});

server.listen(port, "127.0.0.1", () => console.log(`ready ${port}`));
const stop = () => server.close(() => { session.cleanup?.(); process.exit(0); });
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
