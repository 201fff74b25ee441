# Renders each "@@label@@template@@end@@" line of a file the way Jekyll renders a page (Jekyll's Site,
# payload and Liquid renderer) and prints one line per case: "label<TAB>ERROR<TAB>Class: message" when
# Jekyll raises, "label<TAB>OK<TAB>output" (output inspected) otherwise.
# Usage: ruby render-cases.rb <site-source> <cases-file>
require "jekyll"
require "tmpdir"

source, cases = ARGV
site = Jekyll::Site.new(Jekyll.configuration("source" => source, "destination" => File.join(Dir.tmpdir, "render-cases"), "quiet" => true))
site.reset
site.read
payload = site.site_payload
File.readlines(cases, chomp: true).each_with_index do |line, i|
  next unless line.start_with?("@@")
  label = line[/\A@@(.*?)@@/, 1]
  template = "{% assign d = site.data.in %}" + line.sub(/\A@@.*?@@/, "").sub(/@@end@@\z/, "")
  begin
    parsed = site.liquid_renderer.file("case-#{i}.html").parse(template)
    output = parsed.render!(payload, { registers: { site: site, page: {} }, strict_filters: false, strict_variables: false })
    puts "#{label}\tOK\t#{output.inspect}"
  rescue StandardError => e
    puts "#{label}\tERROR\t#{e.class}: #{e.message.lines.first.to_s.strip}"
  end
end
