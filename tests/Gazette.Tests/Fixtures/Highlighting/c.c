#include <stdio.h>
#include "site.h" /* local header */
#define MAX_POSTS 128
#define SQUARE(x) ((x) * (x))

#if 0
this code is disabled
#endif

typedef struct {
    const char *title;
    unsigned long views;
    double score;
} post_t;

static int compare_posts(const void *a, const void *b)
{
    const post_t *pa = a, *pb = b;
    return (pa->views > pb->views) - (pa->views < pb->views);
}

int main(int argc, char **argv) {
    post_t posts[MAX_POSTS] = {0};
    size_t count = 0;
    char sep = '\t';
    for (int i = 1; i < argc && count < MAX_POSTS; i++) {
        posts[count++] = (post_t){ argv[i], 0x1Fu, 1.5e3 };
    }
    qsort(posts, count, sizeof(post_t), compare_posts); // sort by views
    switch (count) {
    case 0: puts("no posts\n"); break;
    default: printf("%zu posts%c<%s>\n", count, sep, posts[0].title);
    }
    return count == 0 ? 1 : 0;
}
