// IP addresses as the rate limit and the proxy headers need them, without Node's `net`
// (the handler also runs on Workers and edge runtimes).

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

/** The eight 16-bit groups of an IPv6 address, or null if `text` is not one (zone ids are dropped). */
function ipv6Groups(text: string): number[] | null {
  const address = text.replace(/%[0-9A-Za-z._~-]+$/, '');
  if (!/^[0-9A-Fa-f:.]+$/.test(address) || address.split('::').length > 2) return null;
  const [head, tail] = address.includes('::') ? address.split('::') : [address, undefined];
  const parse = (part: string): number[] | null => {
    if (!part) return [];
    const groups: number[] = [];
    const pieces = part.split(':');
    for (let i = 0; i < pieces.length; i++) {
      const piece = pieces[i];
      if (i === pieces.length - 1 && piece.includes('.')) {
        // An embedded IPv4 tail (::ffff:192.0.2.1) is two groups.
        if (!IPV4.test(piece)) return null;
        const [a, b, c, d] = piece.split('.').map(Number);
        groups.push((a << 8) | b, (c << 8) | d);
      } else if (/^[0-9A-Fa-f]{1,4}$/.test(piece)) {
        groups.push(parseInt(piece, 16));
      } else {
        return null;
      }
    }
    return groups;
  };
  const first = parse(head);
  const last = tail === undefined ? [] : parse(tail);
  if (!first || !last) return null;
  if (tail === undefined) return first.length === 8 ? first : null;
  const missing = 8 - first.length - last.length;
  return missing >= 1 ? [...first, ...new Array<number>(missing).fill(0), ...last] : null;
}

/**
 * `text` as an IP address (trimmed, lower case, without brackets or zone), or null when it
 * is not one. An IPv4 address mapped into IPv6 (`::ffff:203.0.113.7`, how a dual-stack
 * socket reports IPv4 callers) becomes the plain IPv4 address.
 */
export function canonicalIp(text: string): string | null {
  const trimmed = text.trim();
  if (IPV4.test(trimmed)) return trimmed;
  const groups = ipv6Groups(trimmed.replace(/^\[(.*)\]$/, '$1'));
  if (!groups) return null;
  if (groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff) {
    return [groups[6] >> 8, groups[6] & 255, groups[7] >> 8, groups[7] & 255].join('.');
  }
  return trimmed.replace(/^\[(.*)\]$/, '$1').replace(/%.*$/, '').toLowerCase();
}

/**
 * The rate limit's key for an address: IPv4 as is, IPv6 by its /64 network. One IPv6 host
 * usually holds a whole /64 and can change address within it at will, so a per-address
 * bucket would not limit it at all. Text that is not an IP is its own key.
 */
export function rateLimitKey(ip: string): string {
  const canonical = canonicalIp(ip);
  if (!canonical) return `?${ip}`;
  if (!canonical.includes(':')) return canonical;
  return `${ipv6Groups(canonical)!.slice(0, 4).map((g) => g.toString(16)).join(':')}::/64`;
}
