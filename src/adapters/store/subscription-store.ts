/**
 * SubscriptionStore on keyv: one entry per chat (and thread), keyed by `chatKey`, no expiry.
 */
import { chatKey } from "../../core/model.js";
import type { SubscriptionStore } from "../../core/ports.js";
import { createKeyvCache } from "./keyv-cache.js";
import { chatSettingsSchema } from "./schemas.js";
import type { StoreBackend } from "./store-backend.js";

/** Creates the keyv SubscriptionStore. */
export function createKeyvSubscriptionStore(backend: StoreBackend): SubscriptionStore {
  const chats = createKeyvCache(backend, { name: "subscriptions", schema: chatSettingsSchema, listable: true });
  return {
    get: (chat) => chats.get(chatKey(chat)),
    put: (settings) => chats.set(chatKey(settings.chat), settings),
    delete: (chat) => chats.delete(chatKey(chat)),
    list: async () => (await chats.list()).map((entry) => entry.value),
  };
}
