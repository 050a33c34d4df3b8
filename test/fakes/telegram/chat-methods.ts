/**
 * getChat, getChatMember and getChatAdministrators of the fake Telegram server.
 */
import type { ChatFullInfo, ChatMember, User } from "grammy/types";
import { type MethodHandler, badRequest, readInteger } from "./api-error.js";
import type { FakeChat, FakeMemberStatus, FakeTelegramState } from "./fake-state.js";

/** Builds the chat method handlers over shared state. */
export function createChatMethods(state: FakeTelegramState): Record<string, MethodHandler> {
  function assertMemberListAccessible(chat: FakeChat): void {
    const botStatus = chat.members.get(state.bot.id);
    if (chat.type === "channel" && botStatus !== "administrator" && botStatus !== "creator") {
      throw badRequest("member list is inaccessible");
    }
  }

  const getChat: MethodHandler = (payload) => {
    const chat = state.resolveChat(payload);
    state.assertAccess(chat, false);
    const info: ChatFullInfo = {
      ...state.chatObject(chat),
      accent_color_id: 0,
      max_reaction_count: 11,
      accepted_gift_types: {
        unlimited_gifts: false,
        limited_gifts: false,
        unique_gifts: false,
        premium_subscription: false,
        gifts_from_channels: false,
      },
    };
    return info;
  };

  const getChatMember: MethodHandler = (payload) => {
    const chat = state.resolveChat(payload);
    state.assertAccess(chat, false);
    assertMemberListAccessible(chat);
    const userId = readInteger(payload, "user_id");
    if (userId === undefined) throw badRequest("user_id is empty");
    if (chat.type === "private") {
      if (userId !== chat.id && userId !== state.bot.id) throw badRequest("user not found");
      return memberObject(state.userOf(userId), "member");
    }
    return memberObject(state.userOf(userId), chat.members.get(userId) ?? "left");
  };

  const getChatAdministrators: MethodHandler = (payload) => {
    const chat = state.resolveChat(payload);
    state.assertAccess(chat, false);
    if (chat.type === "private") throw badRequest("there are no administrators in the private chat");
    assertMemberListAccessible(chat);
    const admins = [...chat.members.entries()].filter(([, status]) => status === "creator" || status === "administrator");
    admins.sort(([, a], [, b]) => (a === "creator" ? 0 : 1) - (b === "creator" ? 0 : 1));
    return admins.map(([userId, status]) => memberObject(state.userOf(userId), status));
  };

  return { getChat, getChatMember, getChatAdministrators };
}

/** The ChatMember object Telegram returns for a status. */
export function memberObject(user: User, status: FakeMemberStatus): ChatMember {
  switch (status) {
    case "creator":
      return { status, user, is_anonymous: false };
    case "administrator":
      return {
        status,
        user,
        can_be_edited: false,
        is_anonymous: false,
        can_manage_chat: true,
        can_delete_messages: true,
        can_manage_video_chats: true,
        can_restrict_members: true,
        can_promote_members: false,
        can_change_info: true,
        can_invite_users: true,
        can_post_stories: false,
        can_edit_stories: false,
        can_delete_stories: false,
        can_send_welcome_messages: false,
        can_pin_messages: true,
      };
    case "member":
      return { status, user };
    case "left":
      return { status, user };
    case "kicked":
      return { status, user, until_date: 0 };
  }
}
