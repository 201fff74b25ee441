-- Posts and their tags
CREATE TABLE posts (
    id          INTEGER PRIMARY KEY,
    title       VARCHAR(200) NOT NULL,
    "slug"      TEXT UNIQUE,
    published   TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
    views       BIGINT UNSIGNED DEFAULT 0
);

/* Tag join table
   (many-to-many) */
CREATE INDEX idx_posts_published ON posts (published DESC);

INSERT INTO posts (id, title, `slug`) VALUES (1, 'It''s <new> & shiny', 'hello-world');

SELECT p.title,
       COUNT(t.tag) AS tag_count,
       COALESCE(MAX(p.views), 0) * 2 / 3 AS score
FROM posts p
LEFT JOIN post_tags t ON t.post_id = p.id
WHERE p.published >= '2024-01-01' AND p.title LIKE '%jekyll%'
GROUP BY p.title
HAVING COUNT(t.tag) > 1
ORDER BY score DESC, p.title
LIMIT 10 OFFSET 20;

UPDATE posts SET views = views + 1 WHERE id IN (1, 2, 3);
DELETE FROM posts WHERE title IS NULL;
