"""The MkDocs plugin: generated pages and assets as virtual files; problems through MkDocs' log.

Nothing is written into docs/ (that would make `mkdocs serve` rebuild forever, mkdocs#1933):
pages are `File.generated` from memory, assets from the installed packages.
"""

from __future__ import annotations

import gc
from pathlib import Path
from typing import Any

from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority, get_plugin_logger
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.toc import get_toc

from . import cache, material_search
from .aggregate import type_table
from .cache import Memo
from .config import ConfigError, Options, ParleyConfig
from .export import (
    SCHEMA_FILE,
    check_writable,
    csv_exports,
    json_schema,
    os_failure,
    to_json,
    write_atomic,
)
from .pipeline import corpus_from_jsonl, extract_corpus
from .render import move_types_css, render_site, search_html, templates_dir

log = get_plugin_logger(__name__)
ASSETS = "assets/parley"
# Parley's script and stylesheet, as the configuration lists them (the plugin adds them itself)
ASSET_URLS = (("extra_css", f"{ASSETS}/parley.css"), ("extra_javascript", f"{ASSETS}/parley.js"))


class AtomicFile(File):
    """A generated download written to a temporary file and renamed into place: an interrupted
    build leaves the previous JSON/CSV or none, never a truncated one."""

    def copy_file(self, dirty: bool = False) -> None:
        if self._content is None:
            return super().copy_file(dirty)
        if getattr(self, "_written", False):
            return
        try:
            write_atomic(Path(self.abs_dest_path), self._content)
        except OSError as exc:  # MkDocs reports a PluginError as one line, not a traceback
            raise PluginError(os_failure(exc, "choose another site_dir")) from None
        self._content, self._written = (
            b"",
            True,
        )  # a 100 MB JSON need not stay for the rest of the build


class ParleyPlugin(BasePlugin[ParleyConfig]):
    def on_startup(self, *, command, dirty):
        # rebuilds while serving take unchanged articles' results from memory (cache.py)
        cache.keep_in_memory = command == "serve"

    def on_config(self, config):
        # the options were validated by ParleyConfig when MkDocs loaded mkdocs.yml; here they are
        # checked against docs_dir and site_dir, as the CLI checks them (config.Options.from_config)
        try:
            self.options = Options.from_config(
                self.config, docs_dir=config.docs_dir, site_dir=config.site_dir
            )
        except ConfigError as exc:
            raise PluginError(str(exc)) from None
        seeds = str(self.options.seeds_dir)
        if seeds not in config.watch and Path(seeds).is_dir():
            config.watch.append(seeds)
        _edit_actions_need_a_repo(config)
        for key, url in ASSET_URLS:
            if url not in [str(x) for x in config[key]]:
                config[key].append(url)
        return config

    def on_pre_build(self, *, config):
        """The site folder must take files before anything is built into it: an unwritable or
        full site folder is one line here, not a traceback from a plugin's or MkDocs' own copy."""
        try:
            check_writable(Path(config.site_dir))
        except OSError as exc:
            raise PluginError(
                os_failure(exc, "choose another site_dir (mkdocs build -d DIR)")
            ) from None

    from_files: list[Path] | None = (
        None  # set by `parley build --from`: documents extracted elsewhere
    )

    def on_files(self, files: Files, *, config) -> Files:
        self.memo = Memo(None if self.from_files else self.options.cache_dir)
        corpus, self.site, downloads = generate(
            self.options, self.memo, self.from_files, config.use_directory_urls
        )
        for (
            problem
        ) in corpus.problems:  # a notice (a copy left out) is told without failing --strict
            (log.info if problem.level == "info" else log.warning)(str(problem))
        self.full_html: dict[str, str] = {}
        self.material, self.indexer = _material_index(
            config
        )  # indexer: what entries depend on besides the page
        self.entries: dict[str, tuple] = {}  # search entries kept from an earlier build, by page
        self.tocs: dict[str, list] = {}  # pages whose search entries are to be kept once made
        self.index_at: dict[str, int] = {}  # where each page's search entries begin
        self.handwritten: set[str] = set()
        self.rendered: set[str] = set()
        for path, content in sorted(self.site.pages.items()):
            if files.get_file_from_path(path) is not None:
                self.handwritten.add(path)
                log.warning(
                    f"docs/{path}: a hand-written page has the path of a generated page; "
                    "the hand-written one is kept, rename it to see Parley's"
                )
                continue
            inclusion = InclusionLevel.UNDEFINED if in_nav(path) else InclusionLevel.NOT_IN_NAV
            f = File.generated(config, path, content=content, inclusion=inclusion)
            f.edit_uri = (
                None  # generated: no docs/ file to edit (document pages point at their seed)
            )
            files.append(f)
        has = NEGOTIATIONS in self.site.pages and NEGOTIATIONS not in self.handwritten
        config.nav = nav_with_negotiations(config.nav, has)
        self.sources = {
            f"documents/{ex.document.id}.md": ex.document.source for ex in corpus.extractions
        }
        for path, content in downloads.items():
            files.append(AtomicFile.generated(config, path, content=content))
        for path, source in asset_files(corpus).items():
            files.append(
                File.generated(config, path, abs_src_path=str(source))
                if isinstance(source, Path)
                else File.generated(config, path, content=source)
            )
        return files

    def on_page_content(self, html, *, page, config, files):
        """Parley's pages are HTML rendered by Parley, not Markdown. The search indexer (which runs
        next, in on_page_context) gets it without its inline markup: same index, a fraction of the
        parsing; the page gets its full HTML back after that, in on_page_context below.

        A document page kept in the cache also has its search entries kept: the indexer then gets
        nothing to parse, and the entries it made for that page before are put back in its place."""
        path = page.file.src_uri
        site = getattr(self, "site", None)
        if site is None or path not in site.html_pages or path in self.handwritten:
            return html
        self.rendered.add(path)
        parts = self._search_parts(path, page, config)
        kept = self.memo.get("search", parts) if parts else None
        if isinstance(kept, tuple):
            toc, self.entries[path] = kept
            page.toc = get_toc(toc)
            page.present_anchor_ids = site.anchors(path, toc)
            return ""
        full, toc = site.render(path, config.use_directory_urls)
        page.toc = get_toc(toc)
        page.present_anchor_ids = site.anchors(path, toc)  # for MkDocs' link validation
        if parts:
            self.tocs[path] = toc  # its search entries are kept after the indexer has made them
        if not site.kept(path):
            self.full_html[path] = full  # else read again from the cache when needed: less memory
        return search_html(full)

    @event_priority(100)  # before the search indexer
    def _before_search(self, context, *, page, config, nav):
        index = material_search.entries(self.material) if getattr(self, "material", None) else None
        if index is not None:
            self.index_at[page.file.src_uri] = len(index)
        return context

    @event_priority(
        -100
    )  # after every other plugin's on_page_context, the search indexer's included
    def _after_search(self, context, *, page, config, nav):
        path = page.file.src_uri
        index = material_search.entries(self.material) if getattr(self, "material", None) else None
        at = self.index_at.pop(path, None)
        if path in self.entries and index is not None and at is not None:
            del index[at:]
            index.extend(dict(e) for e in self.entries.pop(path))
        elif path in self.tocs and index is not None and at is not None:
            entries = tuple(dict(e) for e in index[at:])
            self.memo.put(
                "search", self._search_parts(path, page, config), (self.tocs.pop(path), entries)
            )
        if path in self.full_html:
            page.content = self.full_html.pop(path)
        elif path in self.rendered:
            page.content = self.site.render(path, config.use_directory_urls)[0]
        # "Edit on GitHub" on a document page opens its seed file, where edit links are configured.
        source = getattr(self, "sources", {}).get(path)
        if source and config.repo_url and config.edit_uri:
            page.edit_url = seed_edit_url(config, self.options.seeds_dir, source)
        return context

    on_page_context = CombinedEvent(_before_search, _after_search)

    def _search_parts(self, path, page, config) -> tuple | None:
        """What a page's search entries depend on, when they can be kept: the page (its cache key),
        its address, and the indexer (Material's version and search settings)."""
        parts = self.site.memo_parts(path, config.use_directory_urls)
        return (*parts, page.url, *self.indexer) if parts and self.indexer else None

    def on_build_error(self, *, error):
        gc.unfreeze()

    def on_post_build(self, *, config):
        gc.unfreeze()
        # outputs of changed or deleted articles; only after a build that rendered every page
        if self.rendered >= set(self.site.html_pages) - self.handwritten:
            self.memo.prune()


NEGOTIATIONS = "negotiations/index.md"
_NAV_ENTRY = "Negotiations"


def nav_with_negotiations(nav, present: bool, prefix: str = ""):
    """The configured nav with "Negotiations" after Home when the site has negotiations, and
    without the entry Parley put there when it has none (a flat seeds folder: the nav as written).
    A nav that names the page itself, or no nav (MkDocs lists every section), is left as it is.
    `prefix`: the folder of docs_dir Parley's pages are in (`parley export-docs docs/parley`)."""
    if not isinstance(nav, list):
        return nav
    ours = [e for e in nav if isinstance(e, _OurEntry)]
    if not present:
        return [e for e in nav if not isinstance(e, _OurEntry)] if ours else nav
    page, home_page = prefix + NEGOTIATIONS, prefix + "index.md"
    if ours or any(page in str(e) for e in nav):
        return nav
    home = next(
        (
            k
            for k, e in enumerate(nav)
            if e == home_page or (isinstance(e, dict) and home_page in e.values())
        ),
        -1,
    )
    return [*nav[: home + 1], _OurEntry({_NAV_ENTRY: page}), *nav[home + 1 :]]


class _OurEntry(dict):
    """The nav entry Parley added (so it can take it away again under `mkdocs serve`)."""


def generate(
    options: Options, memo: Memo, from_files: list[Path] | None = None, directory_urls: bool = True
):
    """(corpus, site, downloads): Parley's whole work for one build; pages render on demand."""
    corpus = corpus_from_jsonl(from_files, options) if from_files else extract_corpus(options)
    # The corpus lives until the build ends: keep the garbage collector from walking its
    # millions of objects again and again while pages are made (unfrozen after the build).
    gc.freeze()
    site = render_site(corpus, memo)
    downloads = {
        "downloads/parley.json": to_json(corpus, compact=True, memo=memo),
        f"downloads/{SCHEMA_FILE}": json_schema(),
    }
    pages = site.shared["page_names"].get(
        "documents", {}
    )  # evidence links: the pages' real addresses
    downloads.update(
        {f"downloads/{k}": v for k, v in csv_exports(corpus, memo, directory_urls, pages).items()}
    )
    return corpus, site, downloads


def in_nav(path: str) -> bool:
    """Whether a generated page belongs in the sidebar. Detail pages are reachable from index
    pages, not the sidebar (it must not grow): a section's index (documents/index) is in it, a
    negotiation's overview is not."""
    return path.count("/") == 0 or (path.count("/") == 1 and path.endswith("/index.md"))


def asset_files(corpus) -> dict[str, str | Path]:
    """Parley's assets by site path: a Path is a file to copy (from the installed packages, no
    CDN), text is the file's content."""
    return {
        f"{ASSETS}/parley.js": templates_dir() / "assets" / "parley.js",
        f"{ASSETS}/parley.css": stylesheet(corpus),
        f"{ASSETS}/plotly.min.js": Path(plotly_js()),
    }


def stylesheet(corpus) -> str:
    """parley.css, with the rules for each move type's marks made from the corpus's table."""
    static = (templates_dir() / "assets" / "parley.css").read_text("utf-8")
    return static + move_types_css(type_table(corpus))


EDIT_ACTIONS = ("content.action.edit", "content.action.view")


def _edit_actions_need_a_repo(config) -> None:
    """Material's edit and view buttons only where pages can have an edit link: with a `repo_url`
    (or an `edit_uri` that is a whole URL); else the features are dropped from the theme."""
    if config.repo_url or "://" in (config.edit_uri or ""):
        return
    features = config.theme.get("features")
    if isinstance(features, list) and any(f in EDIT_ACTIONS for f in features):
        config.theme["features"] = [f for f in features if f not in EDIT_ACTIONS]


def _material_index(config) -> tuple[Any, tuple | None]:
    """(Material's search plugin, its indexer) when Parley can keep its pages' entries, else
    (None, None) with one line saying why: MkDocs' own search plugin (a notice: pages are indexed,
    entries made again each build) or a Material whose internals changed (a warning)."""
    plugin = material_search.search_plugin(config)
    if plugin is None:
        return None, None
    if not material_search.is_material(plugin):
        log.info(
            f"search: the '{type(plugin).__module__}' search plugin indexes Parley's pages; "
            "their search "
            "entries are kept between builds only with Material's (theme: material)"
        )
        return None, None
    try:
        material_search.entries(plugin)
    except material_search.MaterialChanged as exc:
        log.warning(
            f"search: {exc}; Parley's pages are still indexed, their entries made again each build"
        )
        return None, None
    return plugin, material_search.indexer(plugin)


def seed_edit_url(config, seeds_dir: Path, source: str) -> str | None:
    """The edit link of a seed file: `edit_uri` points into docs_dir; swap it for the seeds
    folder."""
    from urllib.parse import quote, urljoin

    root = Path(config.config_file_path or ".").resolve().parent
    try:
        docs_rel = Path(config.docs_dir).resolve().relative_to(root).as_posix()
        seeds_rel = Path(seeds_dir).resolve().relative_to(root).as_posix()
    except ValueError:
        return None
    edit_uri = config.edit_uri if config.edit_uri.endswith("/") else config.edit_uri + "/"
    if not edit_uri.endswith(docs_rel + "/"):
        return None
    prefix = edit_uri[: -len(docs_rel) - 1]
    repo = config.repo_url if config.repo_url.endswith("/") else config.repo_url + "/"
    return urljoin(repo, prefix + quote(seeds_rel + "/" + source))


def plotly_js() -> str:
    """plotly.js as shipped inside the plotly Python package (no CDN)."""
    from importlib import resources

    return str(resources.files("plotly") / "package_data" / "plotly.min.js")
