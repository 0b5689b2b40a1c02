// WhatsApp Cloud API webhook bodies for the tests, built in the shapes Meta publishes.
// Each builder says where its shape comes from; where Meta's own page could not be found,
// it says that too. Numbers and ids are made up (Meta's own placeholder values where given).

/** The envelope every webhook shares (Meta, "Webhooks overview", WhatsApp Business Platform docs). */
export function envelope(field: string, value: Record<string, unknown>) {
  return {
    object: 'whatsapp_business_account',
    entry: [{ id: '102290129340398', changes: [{ value: { messaging_product: 'whatsapp', metadata: { display_phone_number: '15550783881', phone_number_id: '106540352242922' }, ...value }, field }] }],
  };
}

/**
 * `user_preferences`: Meta, "user_preferences webhook reference" (developers.facebook.com/
 * documentation/business-messaging/whatsapp/webhooks/reference/user_preferences, updated
 * 21 May 2026): contacts[] with profile.name and wa_id; user_preferences[] with wa_id,
 * detail, category "marketing_messages", value "stop"|"resume", timestamp (Unix seconds).
 * The BSUID fields (`contacts[].user_id`, `parent_user_id`, and `user_id` on the item) follow
 * Meta's "Business-scoped user IDs" page ("BSUID will be assigned to the user_id parameter")
 * and third-party pass-throughs of this webhook (YCloud's whatsapp.user.preferences carries
 * userId and parentUserId; dualhook's "BSUID Webhook Changes" lists user_preferences). A
 * BSUID-only item (no wa_id) is that shape with the phone withheld, as Meta says it can be;
 * Meta publishes no literal example of it.
 */
export function userPreference(options: { value: 'stop' | 'resume'; waId?: string; userId?: string; parentUserId?: string; timestamp?: number | string; category?: string }) {
  const { value, waId, userId, parentUserId, timestamp = 1731705721, category = 'marketing_messages' } = options;
  const who = { ...(waId ? { wa_id: waId } : {}), ...(userId ? { user_id: userId } : {}), ...(parentUserId ? { parent_user_id: parentUserId } : {}) };
  return envelope('user_preferences', {
    contacts: [{ profile: { name: 'Sheena Nelson' }, ...who }],
    user_preferences: [
      {
        ...who,
        detail: value === 'stop' ? 'User requested to stop marketing messages' : 'User requested to resume marketing messages',
        category,
        value,
        timestamp,
      },
    ],
  });
}

/**
 * An incoming message. Text: Meta's "Webhooks overview" example (contacts[].profile.name,
 * contacts[].wa_id; messages[] with from, id "wamid…", timestamp, type "text", text.body).
 * BSUIDs: Meta's "Business-scoped user IDs" page (contacts[].user_id always; profile.username
 * and parent_user_id where applicable; the phone in wa_id/from only where Meta's rules allow).
 * Template quick-reply taps (`type: "button"`, button.text and button.payload) and
 * interactive reply-button taps (`type: "interactive"`, interactive.button_reply.id/title)
 * follow Meta's messages webhook reference as summarised on "Interactive reply buttons
 * messages" (a tap "triggers a messages webhook describing their selection"); the literal
 * field names were not re-read from Meta's page in this session.
 */
export function incoming(options: {
  id: string;
  waId?: string;
  userId?: string;
  parentUserId?: string;
  timestamp?: string;
  message: { type: 'text'; body: string } | { type: 'button'; text: string; payload: string } | { type: 'interactive'; id: string; title: string } | { type: 'image' } | { type: 'reaction' };
}) {
  const { id, waId, userId, parentUserId, timestamp = '1749416383', message } = options;
  const content =
    message.type === 'text'
      ? { text: { body: message.body } }
      : message.type === 'button'
        ? { button: { text: message.text, payload: message.payload } }
        : message.type === 'interactive'
          ? { interactive: { type: 'button_reply', button_reply: { id: message.id, title: message.title } } }
          : message.type === 'image'
            ? { image: { id: '1234', mime_type: 'image/jpeg', sha256: 'abc' } }
            : { reaction: { message_id: 'wamid.X', emoji: '👍' } };
  return envelope('messages', {
    contacts: [
      {
        profile: { name: 'Sheena Nelson', ...(waId ? {} : { username: 'sheena' }) },
        ...(waId ? { wa_id: waId } : {}),
        ...(userId ? { user_id: userId } : {}),
        ...(parentUserId ? { parent_user_id: parentUserId } : {}),
      },
    ],
    messages: [{ ...(waId ? { from: waId } : {}), id, timestamp, type: message.type, ...content }],
  });
}

/**
 * A status webhook for a message the business sent. Meta's statuses[] (id, status,
 * timestamp, recipient_id) with the 2026 BSUID fields recipient_user_id and
 * recipient_parent_user_id, and a contacts[] entry for sent/delivered/read: taken from
 * dualhook's "BSUID Webhook Changes" table and the whatsapp-api-js type `ServerStatusPayload`
 * (both documenting Meta's payload); Meta's own statuses reference page was not found here.
 */
export function status(options: { waId: string; userId: string; id?: string; state?: string; timestamp?: string; withContacts?: boolean }) {
  const { waId, userId, id = 'wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBI3', state = 'delivered', timestamp = '1750263773', withContacts = true } = options;
  return envelope('messages', {
    ...(withContacts ? { contacts: [{ profile: { name: 'Sheena Nelson' }, wa_id: waId, user_id: userId }] } : {}),
    statuses: [{ id, status: state, timestamp, recipient_id: waId, recipient_user_id: userId }],
  });
}

/**
 * System messages: Meta, "System messages webhook reference" (developers.facebook.com/
 * documentation/business-messaging/whatsapp/webhooks/reference/messages/system, updated
 * 11 Aug 2026): messages[] with from (the old number), id, timestamp, type "system",
 * system.body, system.wa_id (the new number), system.type "user_changed_number"; no
 * contacts array. The BSUID fields (system.user_id, previous_user_id, parent and previous
 * parent) and the type "user_changed_user_id" are from Meta's changelog of 11 Aug 2026.
 */
export function systemChange(options: { type: 'user_changed_number' | 'user_changed_user_id'; id: string; from?: string; newWaId?: string; userId: string; previousUserId: string; timestamp?: string }) {
  const { type, id, from, newWaId, userId, previousUserId, timestamp = '1739321024' } = options;
  return envelope('messages', {
    messages: [
      {
        ...(from ? { from } : {}),
        id,
        timestamp,
        type: 'system',
        system: {
          body: type === 'user_changed_number' ? `User Sheena Nelson changed from ${from} to ${newWaId}` : 'User Sheena Nelson changed their user id',
          ...(newWaId ? { wa_id: newWaId } : {}),
          user_id: userId,
          previous_user_id: previousUserId,
          type,
        },
      },
    ],
  });
}

/**
 * The older form of WhatsApp's marketing control: a system message with system.type
 * "user_preference_changed" and system.marketing "stop"|"resume". NOT FOUND in Meta's
 * published docs in this session: the shape is taken from the issue (#13) and from a public
 * integration's source that reads `system.marketing` for that type. Treat it as unverified.
 */
export function systemPreference(options: { id: string; from: string; marketing: string; timestamp?: string }) {
  const { id, from, marketing, timestamp = '1731705721' } = options;
  return envelope('messages', {
    messages: [{ from, id, timestamp, type: 'system', system: { body: `User changed marketing preference to ${marketing}`, type: 'user_preference_changed', marketing } }],
  });
}

/**
 * `user_id_update`: Meta announced it as a webhook field on its "Business-scoped user IDs"
 * page, then corrected (changelog, 11 Aug 2026) that it is not a subscribable field and
 * BSUID changes arrive as `user_changed_user_id` system messages. Meta never published the
 * item in full here; this shape (`user_id: { previous, current }`) is from a public
 * integration's test suite. Read tolerantly, tested so an old delivery is not lost.
 */
export function userIdUpdate(options: { previous: string; current: string; waId?: string; timestamp?: string }) {
  const { previous, current, waId, timestamp = '1750300000' } = options;
  return envelope('user_id_update', { user_id_update: [{ ...(waId ? { wa_id: waId } : {}), user_id: { previous, current }, timestamp }] });
}
