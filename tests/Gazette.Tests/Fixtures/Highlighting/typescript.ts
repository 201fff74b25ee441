import type { Site, Page } from "./model";

export interface PageOptions {
  layout?: string;
  readonly permalink: string;
  tags: Array<string>;
}

type Handler = (page: Page) => Promise<void>;

enum Mode { Draft = 0, Published = 1 }

export abstract class Generator<T extends Page = Page> implements Handler {
  private static instances: number = 0;
  protected readonly site: Site;

  constructor(site: Site, public name?: string) {
    this.site = site;
    Generator.instances += 1;
  }

  abstract generate(pages: T[]): Partial<Record<string, T>>;

  async render(page: T, opts?: PageOptions): Promise<string> {
    const layout = opts?.layout ?? "default";
    const html = await this.site.render(page as Page, layout);
    return html.replace(/<!--\s*more\s*-->/g, "") + `<!-- ${layout} -->`;
  }
}

declare module "jekyll" { export const version: string; }
