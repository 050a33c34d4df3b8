/**
 * Image candidates of an item from Media RSS (`media:content`, `media:group`, `media:thumbnail`)
 * and enclosures, best first.
 */
import type { MediaNs } from "feedsmith";

const IMAGE_EXTENSION = /\.(?:jpe?g|png|gif|webp|avif)(?:[?#]|$)/i;

/** Whether a media object with this MIME type, medium and URL is an image. */
export function isImage(type: string | undefined, medium: string | undefined, url: string | undefined): boolean {
  if (medium !== undefined) return medium.toLowerCase() === "image";
  if (type !== undefined) return type.toLowerCase().startsWith("image/");
  return url !== undefined && IMAGE_EXTENSION.test(url);
}

/** Image contents first, the widest first (when widths are given), then thumbnails. */
export function mediaImages(media: MediaNs.ItemOrFeed | undefined): string[] {
  if (media === undefined) return [];
  const contents = [...(media.contents ?? []), ...(media.groups ?? []).flatMap((group) => group.contents ?? [])];
  const images = contents
    .filter((content) => content.url !== undefined && isImage(content.type, content.medium, content.url))
    .sort((a, b) => (b.width ?? 0) - (a.width ?? 0))
    .map((content) => content.url);
  const thumbnails = [
    ...(media.thumbnails ?? []),
    ...contents.flatMap((content) => content.thumbnails ?? []),
    ...(media.groups ?? []).flatMap((group) => group.thumbnails ?? []),
  ].map((thumbnail) => thumbnail.url);
  return [...images, ...thumbnails].filter((url): url is string => typeof url === "string");
}

/** Enclosure URLs that are images. */
export function enclosureImages(enclosures: Array<{ url?: string; type?: string }> | undefined): string[] {
  return (enclosures ?? [])
    .filter((enclosure) => isImage(enclosure.type, undefined, enclosure.url))
    .map((enclosure) => enclosure.url)
    .filter((url): url is string => typeof url === "string");
}
