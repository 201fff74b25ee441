import React, { useState } from "react";

// A list of posts & their tags
export default function PostList({ posts, limit = 10 }) {
  const [filter, setFilter] = useState("");
  const visible = posts.filter((p) => p.title.includes(filter)).slice(0, limit);

  return (
    <section className="posts" data-count={visible.length}>
      <input value={filter} onChange={(e) => setFilter(e.target.value)} />
      {visible.length === 0 ? <p>No posts &mdash; yet.</p> : null}
      <ul>
        {visible.map((post) => (
          <li key={post.id}>
            <a href={post.url}>{post.title}</a> <Tag.Badge count={post.tags.length} />
          </li>
        ))}
      </ul>
      <Footer style={{ color: "gray" }}>Total: {posts.length}</Footer>
    </section>
  );
}
