/**
 * Which IP addresses an outgoing request may connect to. With the policy on, private, loopback,
 * link-local, unique-local, unspecified, multicast and other special-purpose addresses (IPv4 and
 * IPv6, IPv4-mapped IPv6 included) are refused unless the host is on the operator's allow-list.
 *
 * The check runs on the address DNS actually returned, inside the socket's `lookup`, so a name
 * that resolves to a public address when checked and a private one when connecting (DNS
 * rebinding) cannot slip through; IP-literal hosts (no lookup happens) are checked up front.
 */
import dns from "node:dns";
import type { LookupFunction } from "node:net";
import ipaddr from "ipaddr.js";

/** The operator's address policy. */
export interface AddressPolicy {
  /** Refuse non-public addresses. */
  blockPrivateAddresses: boolean;
  /** Host names or IP literals exempt from the check (case-insensitive, exact match). */
  allowHosts?: readonly string[];
}

/** The policy the feed fetcher uses by default: operators configure feeds, so nothing is refused. */
export const OPEN_ADDRESS_POLICY: AddressPolicy = { blockPrivateAddresses: false };

/** A connection refused by the address policy. Not retryable. */
export class AddressRefusedError extends Error {
  override readonly name = "AddressRefusedError";
  readonly host: string;
  readonly address: string;
  constructor(host: string, address: string) {
    super(`${host} resolves to ${address}, a non-public address, which the address policy refuses`);
    this.host = host;
    this.address = address;
  }
}

/** Whether `address` is a public unicast address (ipaddr.js range "unicast"). */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  // process() turns IPv4-mapped IPv6 (::ffff:127.0.0.1) into the IPv4 address it carries.
  return ipaddr.process(address).range() === "unicast";
}

function unbracket(host: string): string {
  return host.startsWith("[") && host.endsWith("]") ? host.slice(1, -1) : host;
}

/** Whether the host is on the policy's allow-list (or the policy is off). */
export function isHostExempt(policy: AddressPolicy, host: string): boolean {
  if (!policy.blockPrivateAddresses) return true;
  const wanted = unbracket(host).toLowerCase();
  return (policy.allowHosts ?? []).some((allowed) => unbracket(allowed.trim()).toLowerCase() === wanted);
}

/**
 * Throws {@link AddressRefusedError} when `host` is an IP literal the policy refuses. Host names
 * are checked later, on the resolved address, by {@link createGuardedLookup}.
 */
export function assertLiteralHostAllowed(policy: AddressPolicy, host: string): void {
  const bare = unbracket(host);
  if (isHostExempt(policy, bare) || !ipaddr.isValid(bare)) return;
  if (!isPublicAddress(bare)) throw new AddressRefusedError(host, bare);
}

/**
 * A `lookup` for `net.connect` / undici's `connect` options that resolves as usual and keeps only
 * public addresses (all addresses for allow-listed hosts); with none left it fails with
 * {@link AddressRefusedError}.
 */
export function createGuardedLookup(policy: AddressPolicy): LookupFunction {
  return (hostname, options, callback) => {
    dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
      const wantsAll = options.all === true;
      if (error) {
        callback(error, wantsAll ? [] : "");
        return;
      }
      const exempt = isHostExempt(policy, hostname);
      const usable = exempt ? addresses : addresses.filter((entry) => isPublicAddress(entry.address));
      const first = usable[0];
      if (first === undefined) {
        const refused = new AddressRefusedError(hostname, addresses[0]?.address ?? "no address");
        callback(refused, wantsAll ? [] : "");
        return;
      }
      if (wantsAll) callback(null, usable);
      else callback(null, first.address, first.family);
    });
  };
}
