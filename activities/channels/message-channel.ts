// Where messages to enterprises and submitters go (issue 16): the ledger by default, an SMS provider or a WeChat
// Official Account where a city configures one (ENTERPRISE_CHANNEL). A channel sends one rendered message; the
// notification workflow owns retries, and every attempt is on the ledger with the message's text.

export interface OutgoingMessage {
  /** The notification's id: providers that take an out-id get it, so a retried send can be recognised. */
  id: string;
  /** The template kind (a notification kind such as `acknowledged`, or `verification`). */
  kind: string;
  to: { phone: string; wechatOpenId?: string };
  /** The text as the admin's template renders it: what the recipient reads, and what the ledger keeps. */
  text: string;
  /** The template's parameters (receiptNumber, title, department, deadline, answer, link): a provider's own template takes these. */
  params: Record<string, string>;
}

/** The channel refused this message for good (an unknown number, no template for the kind): failed, not retried. */
export class PermanentChannelFailure extends Error {}

export interface MessageChannel {
  /** Recorded as the attempt's target: `ledger`, `aliyun_sms`, `wechat`. */
  name: string;
  /**
   * Sends the message. Any error but PermanentChannelFailure is the channel's transient failure (network, 5xx,
   * throttling): an attempt, retried with back-off like a webhook's 5xx.
   */
  send(message: OutgoingMessage): Promise<void>;
}

export const ledgerChannel: MessageChannel = {
  name: 'ledger',
  // The notification row, its text and its attempt are the record; there is nothing else to send.
  send: async () => {},
};
