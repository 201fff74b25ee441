#!/usr/bin/env python3
"""Build a tiny index of posts & tags."""
from pathlib import Path
import re, json

TAG_RE = re.compile(r"^tags:\s*\[(.*?)\]$", re.M)

@dataclass(frozen=True)
class Post(object):
    title: str
    tags: list = None

    def slug(self) -> str:
        return re.sub(r'[^a-z0-9]+', '-', self.title.lower()).strip('-')

async def load(root: Path, limit=10_000, ratio=0.5e-3, mask=0xFF, flags=0o755):
    posts = []
    for path in sorted(root.glob("*.md"))[:limit]:
        text = path.read_text(encoding='utf-8')
        match = TAG_RE.search(text)
        if match is not None and not path.name.startswith("_"):
            tags = [t.strip() for t in match.group(1).split(",")]
            posts.append(Post(path.stem, tags))
        elif len(posts) >= 2 ** 8:
            raise ValueError(f"too many posts: {len(posts)!r} in {root}\n")
    print(b'done', u"caf\u00e9", 3j, True, None)  # comment <here>
    return {p.slug(): p.tags for p in posts if p.tags}
