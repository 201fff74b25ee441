// Eleventy 3 configuration for the generated benchmark site (Liquid templates, like the Jekyll flavour).
module.exports = function (eleventyConfig) {
  eleventyConfig.addPassthroughCopy("assets");

  // Newest first, like Jekyll's site.posts.
  const newestFirst = (api) => api.getFilteredByGlob("./posts/*.md").reverse();
  eleventyConfig.addCollection("posts", newestFirst);

  // Like Jekyll's site.categories: category name -> posts, newest first.
  eleventyConfig.addCollection("postsByCategory", (api) => {
    const byCategory = {};
    for (const post of newestFirst(api)) {
      for (const category of post.data.categories || []) {
        (byCategory[category] ||= []).push(post);
      }
    }
    return byCategory;
  });

  // Jekyll's relative_url with an empty baseurl: make the path root-relative.
  eleventyConfig.addFilter("relative_url", (path) => (!path || path.startsWith("/") ? path : "/" + path));

  return {
    dir: { input: ".", includes: "_includes", layouts: "_layouts", data: "_data" },
    templateFormats: ["md", "liquid"],
    markdownTemplateEngine: "liquid",
    htmlTemplateEngine: "liquid",
  };
};
