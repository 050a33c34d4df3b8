/**
 * Bench diagnostics: sums a V8 heap snapshot's self sizes by node type and constructor name, largest
 * first, to see what dominates the memory of an instance (see bench/memory-child.ts).
 * Run: `node --max-old-space-size=8000 --import tsx bench/heap-summary.ts <file.heapsnapshot> [rows]`.
 */
import { readFileSync } from "node:fs";

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
  nodes: number[];
  strings: string[];
}

const [file = "", rowsText = "30"] = process.argv.slice(2);
const snapshot = JSON.parse(readFileSync(file, "utf8")) as Snapshot;
const fields = snapshot.snapshot.meta.node_fields;
const types = snapshot.snapshot.meta.node_types[0];
const [typeAt, nameAt, sizeAt] = [fields.indexOf("type"), fields.indexOf("name"), fields.indexOf("self_size")];
const totals = new Map<string, { count: number; bytes: number }>();
let all = 0;
for (let offset = 0; offset < snapshot.nodes.length; offset += fields.length) {
  const type = types[snapshot.nodes[offset + typeAt]!] ?? "?";
  // Strings and arrays are summed by type; objects by constructor name.
  const name = type === "object" || type === "closure" ? `${type} ${snapshot.strings[snapshot.nodes[offset + nameAt]!]}` : type;
  const bytes = snapshot.nodes[offset + sizeAt]!;
  const entry = totals.get(name) ?? { count: 0, bytes: 0 };
  entry.count += 1;
  entry.bytes += bytes;
  totals.set(name, entry);
  all += bytes;
}
console.log(`total ${(all / 1_048_576).toFixed(1)} MB`);
for (const [name, { count, bytes }] of [...totals].sort((left, right) => right[1].bytes - left[1].bytes).slice(0, Number(rowsText))) {
  console.log(`${(bytes / 1_048_576).toFixed(1).padStart(8)} MB ${String(count).padStart(10)}  ${name.slice(0, 80)}`);
}
