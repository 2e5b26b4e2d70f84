import type { Kysely } from 'kysely';
import type { AppealState, NotificationRecord, TimelineEvent } from '../domain/appeal.js';
import { followToken, followUrl } from '../domain/follow-link.js';
import { deadlineInWords, isMessageKind, renderMessage, type MessageKind, type MessageValues } from '../domain/message-templates.js';
import type { LedgerEntry } from '../db/ledger.js';
import { loadTemplate, type StoredTemplate } from '../db/message-templates.js';
import type { Database, MessageAddress } from '../db/schema.js';

// The text of each message a ledger write owes an enterprise or a submitter (issue 16), worked out when the write
// is made, from the appeal as that step left it: the ledger keeps what the person was sent, and a redelivery
// sends the same words.

export interface FollowLinks {
  /** PUBLIC_BASE_URL. */
  baseUrl: string;
  /** The first signs; none, and messages carry no link (config/follow-link-secrets.ts). */
  secrets: readonly string[];
}

export interface RenderedMessage {
  text: string;
  params: Record<string, string>;
  address: MessageAddress;
}

/** Which deadline a message of each kind tells of: the next thing the person waits for. */
const DEADLINE_OF: Partial<Record<MessageKind, keyof AppealState['deadlines']>> = {
  acknowledged: 'pathBy',
  path_reported: 'dueAt',
  resolved: 'ratingBy',
  answered: 'ratingBy',
};

/** The event whose text a message passes on: the department's path, or its result. */
const ANSWER_OF: Partial<Record<MessageKind, { event: string; field: string }>> = {
  path_reported: { event: 'path_reported', field: 'message' },
  resolved: { event: 'resolved', field: 'summary' },
  answered: { event: 'answered', field: 'text' },
  material_requested: { event: 'material_requested', field: 'what' },
};

/** Who answers when no department does: the window that answered on the spot. */
const WINDOW = '受理窗口';

export function createMessageRenderer({ db, timezone, follow }: { db: Kysely<Database>; timezone: string; follow: FollowLinks }) {
  const [signWith] = follow.secrets;

  function addressOf(s: AppealState, n: NotificationRecord): MessageAddress | undefined {
    if (n.recipient.kind === 'enterprise') return { phone: s.enterprise.contact.phone };
    if (n.recipient.kind === 'follower') return { phone: n.recipient.phone };
    if (n.recipient.kind !== 'submitter' || !s.submitter) return undefined;
    return { phone: s.submitter.phone, ...(s.submitter.wechatOpenId ? { wechatOpenId: s.submitter.wechatOpenId } : {}) };
  }

  /** The latest such event before the notification: in this write, else already on the ledger. */
  async function answer(s: AppealState, n: NotificationRecord, events: TimelineEvent[], kind: MessageKind): Promise<string | undefined> {
    const wanted = ANSWER_OF[kind];
    if (!wanted) return undefined;
    const inWrite = events.filter((e) => e.kind === wanted.event && e.seq < n.seq).at(-1);
    const data =
      inWrite?.data ??
      (
        await db
          .selectFrom('appeal_events')
          .select('data')
          .where('appeal_id', '=', s.id)
          .where('kind', '=', wanted.event)
          .where('seq', '<', n.seq)
          .orderBy('seq', 'desc')
          .executeTakeFirst()
      )?.data;
    const text = (data as Record<string, unknown> | null | undefined)?.[wanted.field];
    return typeof text === 'string' ? text : undefined;
  }

  async function departmentName(code: string | null): Promise<string | undefined> {
    if (!code) return undefined;
    const row = await db.selectFrom('departments').select('name').where('code', '=', code).executeTakeFirst();
    return row?.name ?? code;
  }

  return async function messagesFor({ snapshot: s, events, notifications }: LedgerEntry): Promise<Map<string, RenderedMessage>> {
    const messages = new Map<string, RenderedMessage>();
    const addressed = notifications.filter((n) => addressOf(s, n) !== undefined && isMessageKind(n.kind));
    if (addressed.length === 0) return messages;
    // One look-up per write, not per message: an acknowledgement goes to the enterprise and its submitter alike.
    const department = await departmentName(s.leadDepartment);
    const templates = new Map<string, Promise<StoredTemplate>>();
    for (const n of addressed) {
      const address = addressOf(s, n)!;
      const kind = n.kind as MessageKind;
      const deadlineField = DEADLINE_OF[kind];
      // The notification's own deadline first: the material's, which is no deadline of the appeal's.
      const deadline = n.deadline ?? (deadlineField ? s.deadlines[deadlineField] : null);
      if (!templates.has(kind)) templates.set(kind, loadTemplate(db, kind));
      const [template, answerText] = await Promise.all([templates.get(kind)!, answer(s, n, events, kind)]);
      const values: MessageValues = {
        receiptNumber: s.receiptNumber,
        title: s.title,
        ...(department ? { department } : kind === 'answered' ? { department: WINDOW } : {}),
        ...(deadline !== null ? { deadline: deadlineInWords(deadline, n.at, timezone) } : {}),
        ...(answerText ? { answer: answerText } : {}),
        // A merged duplicate's enterprise follows its own appeal, which names the one it joined.
        ...(signWith ? { link: followUrl(follow.baseUrl, followToken(signWith, n.recipient.kind === 'follower' ? n.recipient.appealId : s.id)) } : {}),
      };
      const text = renderMessage(template.text, values, template.maxSegments);
      messages.set(n.id, { text, params: values as Record<string, string>, address });
    }
    return messages;
  };
}

export type MessageRenderer = ReturnType<typeof createMessageRenderer>;
