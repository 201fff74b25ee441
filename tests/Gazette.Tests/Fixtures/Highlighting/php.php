<!DOCTYPE html>
<title><?= htmlspecialchars($title) ?></title>
<?php
declare(strict_types=1);

namespace App\Blog;

use App\Models\{Post, Tag};
use function array_map;

/**
 * Renders posts <safely> & quickly.
 */
final class PostRenderer extends BaseRenderer implements RendererInterface
{
    private const MAX_POSTS = 10;
    public static int $count = 0;

    public function __construct(private readonly array $posts = [], ?string $theme = null) {}

    public function render(int $limit = self::MAX_POSTS): string
    {
        $html = '';
        foreach (array_slice($this->posts, 0, $limit) as $i => $post) {
            $title = strtoupper($post->title ?? "Untitled");
            $html .= sprintf("<li>%d: %s</li>\n", $i + 1, $title); // one item
            self::$count++;
        }
        # shell-style comment
        $fn = fn($x) => $x * 2.5;
        return $html ?: "<p>No posts in {$this->name} or ${var}</p>";
    }
}
?>
<footer>&copy; 2024</footer>
