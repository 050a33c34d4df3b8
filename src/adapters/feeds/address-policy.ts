/**
 * The one fetch policy for every request newsdesk makes on content's behalf (feeds, their
 * redirects, article pages): private, loopback, link-local (cloud metadata), unique-local,
 * unspecified, multicast and other special-purpose addresses, IPv4 and IPv6 (IPv4-mapped IPv6
 * included), are refused unless the operator allows them (`FETCH_ALLOW_HOSTS`).
 *
 * Every textual form of an address reaches the same check: the WHATWG URL parser turns decimal
 * (`2130706433`), hex (`0x7f000001`) and short forms into dotted IPv4, and ipaddr.js unwraps
 * IPv4-mapped IPv6. IP literals are checked before connecting; names are checked on the addresses
 * DNS actually returned, inside the connection's own `lookup` (so DNS rebinding cannot slip
 * through), and again on every redirect hop, which goes through the same connector.
 */
import dns from "node:dns";
import type { LookupFunction } from "node:net";
import ipaddr from "ipaddr.js";

/** One entry of the allow-list: a host name or IP (optionally with a port), or a CIDR range. */
export type AllowEntry =
  | { kind: "host"; host: string; port?: number }
  | { kind: "range"; range: [ipaddr.IPv4 | ipaddr.IPv6, number]; text: string };

/** The operator's address policy. */
export interface AddressPolicy {
  /** Refuse non-public addresses. */
  blockPrivateAddresses: boolean;
  /** What is allowed anyway (see {@link parseAllowList}). */
  allow?: readonly AllowEntry[];
}

/** Nothing refused (tests of other things, and tools the operator runs by hand). */
export const OPEN_ADDRESS_POLICY: AddressPolicy = { blockPrivateAddresses: false };

/** A connection refused by the address policy. Not retryable. */
export class AddressRefusedError extends Error {
  override readonly name = "AddressRefusedError";
  readonly host: string;
  readonly address: string;
  constructor(host: string, address: string) {
    super(
      `${host} is on a private network (${address}), which newsdesk does not fetch; an operator can allow it with FETCH_ALLOW_HOSTS`,
    );
    this.host = host;
    this.address = address;
  }
}

function unbracket(host: string): string {
  return host.startsWith("[") && host.endsWith("]") ? host.slice(1, -1) : host;
}

/**
 * Parses `FETCH_ALLOW_HOSTS` entries: `host`, `host:port`, `1.2.3.4`, `1.2.3.4:8080`, `[::1]:8080`,
 * or a CIDR range (`10.0.0.0/8`, `fd00::/8`; any port). Throws naming the first bad entry.
 */
export function parseAllowList(entries: readonly string[]): AllowEntry[] {
  return entries.map((raw) => {
    const entry = raw.trim().toLowerCase();
    if (entry.includes("/")) {
      try {
        return { kind: "range", range: ipaddr.parseCIDR(entry), text: entry };
      } catch {
        throw new Error(`"${raw}" is not a CIDR range (like 10.0.0.0/8)`);
      }
    }
    const bracketed = /^\[([0-9a-f:.]+)\](?::(\d{1,5}))?$/u.exec(entry);
    const withPort = bracketed ?? (ipaddr.IPv6.isValid(entry) ? null : /^([a-z0-9.-]+|\d{1,3}(?:\.\d{1,3}){3})(?::(\d{1,5}))?$/u.exec(entry));
    const host = bracketed ? bracketed[1] : withPort ? withPort[1] : ipaddr.IPv6.isValid(entry) ? entry : undefined;
    const port = withPort?.[2] === undefined ? undefined : Number(withPort[2]);
    if (host === undefined || host === "" || (port !== undefined && (port < 1 || port > 65_535))) {
      throw new Error(`"${raw}" is not a host, host:port or CIDR range`);
    }
    return port === undefined ? { kind: "host", host: normalizeHost(host) } : { kind: "host", host: normalizeHost(host), port };
  });
}

/** IP literals in one canonical form (so `::ffff:127.0.0.1` and `127.0.0.1` compare equal); names lower-cased. */
function normalizeHost(host: string): string {
  const bare = unbracket(host).toLowerCase();
  return ipaddr.isValid(bare) ? ipaddr.process(bare).toString() : bare;
}

/** Whether `address` is a public unicast address (ipaddr.js range "unicast"). */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  // process() turns IPv4-mapped IPv6 (::ffff:127.0.0.1) into the IPv4 address it carries.
  return ipaddr.process(address).range() === "unicast";
}

/** Whether the policy lets `host` (a name or an IP literal) on `port` through, whatever it resolves to. */
export function isHostAllowed(policy: AddressPolicy, host: string, port: number): boolean {
  if (!policy.blockPrivateAddresses) return true;
  const wanted = normalizeHost(host);
  return (policy.allow ?? []).some((entry) => entry.kind === "host" && entry.host === wanted && (entry.port === undefined || entry.port === port));
}

/** Whether the policy lets a connection to `address` on `port` through (public, or allowed). */
export function isAddressAllowed(policy: AddressPolicy, address: string, port: number): boolean {
  if (!policy.blockPrivateAddresses || isPublicAddress(address)) return true;
  if (!ipaddr.isValid(address)) return false;
  const parsed = ipaddr.process(address);
  return (policy.allow ?? []).some((entry) => {
    if (entry.kind === "host") return entry.host === parsed.toString() && (entry.port === undefined || entry.port === port);
    const [range, bits] = entry.range;
    return parsed.kind() === range.kind() && parsed.match(range, bits);
  });
}

/**
 * Throws {@link AddressRefusedError} when `host` is an IP literal the policy refuses on `port`.
 * Host names are checked on their resolved addresses by {@link createGuardedLookup}.
 */
export function assertLiteralHostAllowed(policy: AddressPolicy, host: string, port: number): void {
  const bare = unbracket(host);
  if (!ipaddr.isValid(bare) || isHostAllowed(policy, bare, port)) return;
  if (!isAddressAllowed(policy, bare, port)) throw new AddressRefusedError(host, ipaddr.process(bare).toString());
}

/**
 * A `lookup` for one connection to `port` that resolves as usual and keeps only the addresses the
 * policy allows (all of them for a host allowed by name); with none left it fails with
 * {@link AddressRefusedError}.
 */
export function createGuardedLookup(policy: AddressPolicy, port: number): LookupFunction {
  return (hostname, options, callback) => {
    dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
      const wantsAll = options.all === true;
      if (error) {
        callback(error, wantsAll ? [] : "");
        return;
      }
      const byName = isHostAllowed(policy, hostname, port);
      const usable = byName ? addresses : addresses.filter((entry) => isAddressAllowed(policy, entry.address, port));
      const first = usable[0];
      if (first === undefined) {
        callback(new AddressRefusedError(hostname, addresses[0]?.address ?? "no address"), wantsAll ? [] : "");
        return;
      }
      if (wantsAll) callback(null, usable);
      else callback(null, first.address, first.family);
    });
  };
}

/**
 * Why the policy would refuse `url` (a private IP literal, or a name whose every address is
 * private), checked before any request is made; undefined when it would be let through (the
 * connection is still checked when it is made).
 */
export async function findAddressRefusal(policy: AddressPolicy, url: string): Promise<AddressRefusedError | undefined> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  const port = parsed.port === "" ? (parsed.protocol === "https:" ? 443 : 80) : Number(parsed.port);
  try {
    assertLiteralHostAllowed(policy, parsed.hostname, port);
  } catch (error) {
    return error instanceof AddressRefusedError ? error : undefined;
  }
  const host = unbracket(parsed.hostname);
  if (!policy.blockPrivateAddresses || ipaddr.isValid(host) || isHostAllowed(policy, host, port)) return undefined;
  try {
    const addresses = await dns.promises.lookup(host, { all: true });
    const refused = addresses.length > 0 && addresses.every((entry) => !isAddressAllowed(policy, entry.address, port));
    return refused ? new AddressRefusedError(host, addresses[0]?.address ?? "") : undefined;
  } catch {
    return undefined;
  }
}
