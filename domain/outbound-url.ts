import { z } from 'zod';
import { addressGuard, ipLiteral } from './outbound-address.js';

// The one rule for URLs the product sends requests to (webhooks today; any gateway tomorrow), applied where an
// admin enters one (400) and again before each request (the URL may predate the rule, or the settings changed).
// Names are judged again on the addresses they resolve to when the request connects (activities/webhook-post.ts).

/** The operator's exceptions (config/settings.ts): WEBHOOK_HTTP_HOSTS and WEBHOOK_PRIVATE_NETWORKS. */
export interface OutboundPolicy {
  /** Hosts that may be sent plain http; every other URL must be https. */
  httpHosts: readonly string[];
  /** Networks that may be reached though they are not public (CIDR). */
  privateNetworks: readonly string[];
}

/** Names that mean this machine whatever DNS says (RFC 6761), judged as its loopback address. */
const LOOPBACK_NAME = /(^|\.)localhost$|^localhost\.localdomain$|^ip6-(localhost|loopback)$/;

export function outboundRules(policy: OutboundPolicy) {
  const addressRefusal = addressGuard(policy.privateNetworks);
  const httpHosts = new Set(policy.httpHosts);

  /** Why the URL may not be requested, phrased as a field error; undefined when it may. */
  function urlRefusal(raw: string): string | undefined {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      return 'must be an https URL';
    }
    const host = url.hostname.replace(/\.$/, '');
    if (url.protocol === 'http:' && !httpHosts.has(host)) return 'must be https (plain http only to hosts in WEBHOOK_HTTP_HOSTS)';
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'must be an https URL';
    // Whoever may list departments would see them; receivers authenticate us by the signature instead.
    if (url.username || url.password) return 'must not carry credentials';
    const literal = ipLiteral(host);
    if (literal) {
      const refused = addressRefusal(literal);
      return refused && `must not point at ${refused}`;
    }
    return LOOPBACK_NAME.test(host) && addressRefusal('127.0.0.1') ? `must not point at ${host}, a loopback name` : undefined;
  }

  return { urlRefusal, addressRefusal };
}

export type OutboundRules = ReturnType<typeof outboundRules>;

/** A stored URL as it may be shown: one set before credentials were refused keeps them out of every listing. */
export function withoutCredentials(raw: string): string {
  try {
    const url = new URL(raw);
    if (!url.username && !url.password) return raw;
    url.username = '';
    url.password = '';
    return url.href;
  } catch {
    return raw;
  }
}

/** A webhook URL as the admin API takes it. */
export const webhookUrlSchema = (rules: OutboundRules) =>
  z
    .string()
    .max(500)
    .superRefine((url, ctx) => {
      const refused = rules.urlRefusal(url);
      if (refused) ctx.addIssue({ code: 'custom', message: refused });
    });
