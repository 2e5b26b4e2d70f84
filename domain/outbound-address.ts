import { BlockList, isIP } from 'node:net';

// Which addresses the product's own outbound requests (webhooks) may reach. A webhook URL is chosen by an admin,
// but whatever it names is fetched from inside our network: without this, a URL (or a name that resolves there
// later) reaches the API on loopback, the cloud's metadata service or a neighbour on the private network.

const NON_PUBLIC: ReadonlyArray<readonly [kind: string, cidrs: readonly string[]]> = [
  ['an unspecified', ['0.0.0.0/8', '::/128']],
  ['a loopback', ['127.0.0.0/8', '::1/128']],
  ['a private', ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', 'fc00::/7']],
  // 169.254.169.254 is the metadata service of every major cloud.
  ['a link-local', ['169.254.0.0/16', 'fe80::/10']],
  ['a shared (carrier-grade NAT)', ['100.64.0.0/10']],
  ['a multicast', ['224.0.0.0/4', 'ff00::/8']],
  ['a reserved', ['240.0.0.0/4']],
];

export interface Cidr {
  address: string;
  prefix: number;
  family: 'ipv4' | 'ipv6';
}

/** `10.0.0.0/8`, `fd00::/8`, or a bare address (the one address); undefined when it is neither. */
export function parseCidr(text: string): Cidr | undefined {
  const [address = '', prefixText, ...rest] = text.trim().split('/');
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return undefined;
  const family = version === 4 ? 'ipv4' : 'ipv6';
  const longest = version === 4 ? 32 : 128;
  if (prefixText === undefined) return { address, prefix: longest, family };
  if (!/^\d{1,3}$/.test(prefixText) || Number(prefixText) > longest) return undefined;
  return { address, prefix: Number(prefixText), family };
}

function blockListOf(cidrs: readonly string[]): BlockList {
  const list = new BlockList();
  for (const text of cidrs) {
    const cidr = parseCidr(text);
    if (!cidr) throw new Error(`not a network: ${text}`);
    list.addSubnet(cidr.address, cidr.prefix, cidr.family);
  }
  return list;
}

const NON_PUBLIC_LISTS = NON_PUBLIC.map(([kind, cidrs]) => [kind, blockListOf(cidrs)] as const);

/** The IP literal in a URL's hostname: `[::1]` → `::1`; undefined for a name. */
export function ipLiteral(hostname: string): string | undefined {
  const bare = hostname.startsWith('[') && hostname.endsWith(']') ? hostname.slice(1, -1) : hostname;
  return isIP(bare) ? bare : undefined;
}

/**
 * Judges the addresses outbound requests may connect to. `allowedNetworks` are the exceptions an operator named
 * (WEBHOOK_PRIVATE_NETWORKS: a city's own intranet, or 127.0.0.1 for tests and development).
 */
export function addressGuard(allowedNetworks: readonly string[]) {
  const allowed = blockListOf(allowedNetworks);
  /** Why `address` (an IP literal) may not be reached ("a loopback address (127.0.0.1)"), or undefined. */
  return function refusal(address: string): string | undefined {
    const family = isIP(address) === 4 ? 'ipv4' : 'ipv6';
    // BlockList matches IPv4 rules against IPv4-mapped IPv6 addresses (::ffff:127.0.0.1) too.
    if (allowed.check(address, family)) return undefined;
    const kind = NON_PUBLIC_LISTS.find(([, list]) => list.check(address, family))?.[0];
    return kind && `${kind} address (${address})`;
  };
}

export type AddressRefusal = ReturnType<typeof addressGuard>;
