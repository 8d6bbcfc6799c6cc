package dev.portside.application.blog;

/** {@code GET /api/posts/stats}: moderators and admins only (403 otherwise). */
public interface GetBlogStatistics {

    BlogStatisticsReport get(GetBlogStatisticsQuery query);
}
