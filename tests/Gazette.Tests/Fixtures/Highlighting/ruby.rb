# frozen_string_literal: true
require "jekyll"

module Jekyll
  module Gazette
    # Renders <posts> & pages.
    class Renderer < Base
      DEFAULTS = { "layout" => "default", limit: 10 }.freeze
      attr_reader :site, :payload

      def initialize(site, payload = nil)
        @site = site
        @payload = payload || {}
        @@count ||= 0
        $stderr.puts "init #{self.class.name} with #{@site.posts.size} posts" if $DEBUG
      end

      def render(doc, *args, **opts, &block)
        return "" unless doc.respond_to?(:content)
        output = doc.content.gsub(/\{%\s*(\w+)\s*%\}/i) { |m| Regexp.last_match(1).upcase }
        words = %w[alpha beta gamma]
        ratio = 3.14e-2 * 0x1F + 0b1010 - 1_000
        tags = doc.data.fetch("tags", []).map(&:downcase).select { |t| t =~ /^[a-z]+$/ }
        yield output if block_given?
        <<~HTML
          <div class="#{opts[:klass]}">#{output}</div>
        HTML
      rescue ArgumentError => e
        raise Errors::FatalException, "bad doc: #{e.message}"
      end

      private def cache_key = "#{site.time.to_i}:#{words.join(',')}"
    end
  end
end
