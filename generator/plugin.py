"""The MkDocs plugin: generated pages and assets as virtual files; problems through MkDocs' log.

Nothing is written into docs/ (that would make `mkdocs serve` rebuild forever, mkdocs#1933):
pages are `File.generated` from memory, assets from the installed packages.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, get_plugin_logger
from mkdocs.structure.files import File, Files, InclusionLevel

from .config import ConfigError, Options
from .export import csv_exports, to_json
from .pipeline import extract_corpus
from .render import render_site, templates_dir

log = get_plugin_logger(__name__)
ASSETS = "assets/parley"


class ParleyConfig(Config):
    seeds_dir = c.Type(str, default="seeds")
    model = c.Type(str, default="auto")
    actors = c.Optional(c.Type(str))
    lexicon = c.Optional(c.Type(str))
    issues = c.Optional(c.Type(str))


class ParleyPlugin(BasePlugin[ParleyConfig]):
    def on_config(self, config):
        base = Path(config.config_file_path or ".").resolve().parent
        try:
            self.options = Options.from_mapping({k: v for k, v in self.config.items() if v is not None}, base)
        except ConfigError as exc:
            raise PluginError(str(exc)) from exc
        seeds = str(self.options.seeds_dir)
        if seeds not in config.watch and Path(seeds).is_dir():
            config.watch.append(seeds)
        for name, key in (("parley.css", "extra_css"), ("parley.js", "extra_javascript")):
            url = f"{ASSETS}/{name}"
            if url not in [str(x) for x in config[key]]:
                config[key].append(url)
        return config

    def on_files(self, files: Files, *, config) -> Files:
        corpus = extract_corpus(self.options)
        for problem in corpus.problems:
            log.warning(str(problem))
        pages = render_site(corpus)
        for path, content in sorted(pages.items()):
            if files.get_file_from_path(path) is not None:
                log.warning(f"docs/{path}: a hand-written page has the path of a generated page; "
                            "the hand-written one is kept, rename it to see Parley's")
                continue
            # Detail pages are reachable from index pages, not the sidebar (it must not grow).
            detail = path.count("/") and not path.endswith("index.md")
            inclusion = InclusionLevel.NOT_IN_NAV if detail else InclusionLevel.UNDEFINED
            files.append(File.generated(config, path, content=content, inclusion=inclusion))
        downloads = {"downloads/parley.json": to_json(corpus)}
        downloads.update({f"downloads/{k}": v for k, v in csv_exports(corpus).items()})
        for path, content in downloads.items():
            files.append(File.generated(config, path, content=content))
        assets = templates_dir() / "assets"
        files.append(File.generated(config, f"{ASSETS}/parley.js", abs_src_path=str(assets / "parley.js")))
        files.append(File.generated(config, f"{ASSETS}/parley.css", abs_src_path=str(assets / "parley.css")))
        files.append(File.generated(config, f"{ASSETS}/plotly.min.js", abs_src_path=plotly_js()))
        return files


def plotly_js() -> str:
    """plotly.js as shipped inside the plotly Python package (no CDN)."""
    from importlib import resources

    return str(resources.files("plotly") / "package_data" / "plotly.min.js")
