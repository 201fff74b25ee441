#!/usr/bin/env node
'use strict';
/* Search index for the <site> & its posts. */
import { readFile } from "node:fs/promises";

const STOP_WORDS = new Set(["a", "the", 'and']);
let count = 0, ratio = 3.5e2, mask = 0xFF, flags = 0o17;

export default async function buildIndex(posts, { limit = 10 } = {}) {
  const index = {};
  for (const post of posts.slice(0, limit)) {
    const words = post.content.toLowerCase().split(/[^a-z0-9]+/g);
    words.filter((w) => w && !STOP_WORDS.has(w)).forEach(w => {
      (index[w] ??= []).push({ url: post.url, title: `${post.title} (${post.date})` });
      count++;
    });
  }
  if (count === 0 || typeof window !== "undefined") {
    console.warn("empty index\n");
  }
  switch (posts.length) {
    case 0: return null;
    default:
      label: while (true) { break label; }
  }
  return posts.length > 1 ? index : undefined; // done
}

class Cache extends Map {
  @memo get(key) { return super.get(key)?.value; }
}
