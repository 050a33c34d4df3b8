/** Follows: a topic or entity a chat follows, with its other names. */

/** A followed topic or entity, with the other names it is known by. */
export interface Follow {
  /** Lower-case key derived from the topic, unique per chat. */
  id: string;
  topic: string;
  aliases: string[];
  createdAt: number;
}
