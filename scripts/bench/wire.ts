import net from "node:net";

/*
 * Counting the SQL statements a page runs WITHOUT touching the app: a small TCP proxy between
 * the app server and PostgreSQL reads the frontend protocol and records every statement the
 * server is asked to execute (an Execute message of the extended protocol, or a simple Query),
 * with its SQL text (from Parse, remembered per prepared statement and connection) and its
 * parameters (from Bind). The app's own counter (db/client.ts, NGHISU_COUNT_QUERIES=1) lives in
 * the server's memory and has no way out; this needs no header, route or log format in the app,
 * counts exactly what reaches the database (BEGIN/COMMIT included), and gives the queries to
 * EXPLAIN with their real parameters.
 */

export interface CapturedQuery {
  sql: string;
  /** Text-format parameter values (binary ones as null: postgres.js sends text). */
  params: (string | null)[];
  /** Parameter type OIDs from Parse (0 = let the server infer). */
  types: number[];
}

interface Prepared {
  sql: string;
  types: number[];
}

const SSL_REQUEST = 80877103;
const GSS_REQUEST = 80877104;
const CANCEL_REQUEST = 80877102;

class FrontendParser {
  private buffer: Buffer = Buffer.alloc(0);
  private started = false;
  private readonly statements = new Map<string, Prepared>();
  private readonly portals = new Map<string, CapturedQuery>();

  constructor(private readonly record: (query: CapturedQuery) => void) {}

  push(chunk: Buffer): void {
    this.buffer = this.buffer.length ? Buffer.concat([this.buffer, chunk]) : chunk;
    for (;;) {
      if (!this.started) {
        if (this.buffer.length < 8) return;
        const length = this.buffer.readInt32BE(0);
        if (this.buffer.length < length) return;
        const code = this.buffer.readInt32BE(4);
        if (code !== SSL_REQUEST && code !== GSS_REQUEST && code !== CANCEL_REQUEST) this.started = true;
        this.buffer = this.buffer.subarray(length);
        continue;
      }
      if (this.buffer.length < 5) return;
      const total = 1 + this.buffer.readInt32BE(1);
      if (this.buffer.length < total) return;
      this.message(String.fromCharCode(this.buffer[0]), this.buffer.subarray(5, total));
      this.buffer = this.buffer.subarray(total);
    }
  }

  private message(type: string, body: Buffer): void {
    let offset = 0;
    const cstring = () => {
      const end = body.indexOf(0, offset);
      const text = body.toString("utf8", offset, end);
      offset = end + 1;
      return text;
    };
    const int16 = () => {
      const n = body.readInt16BE(offset);
      offset += 2;
      return n;
    };
    const int32 = () => {
      const n = body.readInt32BE(offset);
      offset += 4;
      return n;
    };
    if (type === "P") {
      const name = cstring();
      const sql = cstring();
      const types = Array.from({ length: int16() }, int32);
      this.statements.set(name, { sql, types });
    } else if (type === "B") {
      const portal = cstring();
      const statement = this.statements.get(cstring()) ?? { sql: "", types: [] };
      const formats = Array.from({ length: int16() }, int16);
      const params: (string | null)[] = [];
      const count = int16();
      for (let i = 0; i < count; i++) {
        const length = int32();
        const binary = (formats.length === 1 ? formats[0] : (formats[i] ?? 0)) === 1;
        params.push(length < 0 || binary ? null : body.toString("utf8", offset, offset + length));
        if (length > 0) offset += length;
      }
      this.portals.set(portal, { sql: statement.sql, params, types: statement.types });
    } else if (type === "E") {
      const query = this.portals.get(cstring());
      if (query) this.record(query);
    } else if (type === "Q") {
      this.record({ sql: cstring(), params: [], types: [] });
    }
  }
}

export interface WireCounter {
  port: number;
  queries: CapturedQuery[];
  close: () => Promise<void>;
}

/** Listens on a free local port and forwards every connection to host:port, recording statements. */
export function startWireCounter(host: string, port: number): Promise<WireCounter> {
  const queries: CapturedQuery[] = [];
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(port, host);
    sockets.add(client).add(upstream);
    const parser = new FrontendParser((query) => queries.push(query));
    client.on("data", (chunk: Buffer) => {
      parser.push(chunk);
      upstream.write(chunk);
    });
    upstream.on("data", (chunk: Buffer) => client.write(chunk));
    const end = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on("close", end).on("error", end);
    upstream.on("close", end).on("error", end);
  });
  return new Promise((resolve, reject) => {
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      if (!address || typeof address !== "object") return reject(new Error("no address"));
      resolve({
        port: address.port,
        queries,
        close: () =>
          new Promise((done) => {
            for (const socket of sockets) socket.destroy();
            server.close(() => done());
          }),
      });
    });
  });
}
