# syntax=docker/dockerfile:1
FROM ruby:3.2-slim AS build
LABEL maintainer="team@example.com"
ENV LANG=C.UTF-8 \
    JEKYLL_ENV=production
WORKDIR /srv/jekyll
COPY Gemfile Gemfile.lock ./
RUN apt-get update && apt-get install -y --no-install-recommends build-essential \
    && rm -rf /var/lib/apt/lists/* && bundle install --jobs 4
COPY . .
RUN bundle exec jekyll build -d /out

FROM nginx:1.25-alpine
ARG PORT=80
COPY --from=build /out /usr/share/nginx/html
EXPOSE $PORT
HEALTHCHECK CMD wget -qO- http://localhost/ || exit 1
ONBUILD RUN echo "child image"
ENTRYPOINT ["nginx", "-g", "daemon off;"]
