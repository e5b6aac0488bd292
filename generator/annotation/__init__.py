"""The annotation file (`briefings/*.yaml`): the editors' contract, in one place.

- `schema`: every key an editor may write, each with its kind of value (`options`);
- `load`: a file (or all of a project's) read and checked into an `Annotation`;
- `problems`: how mistakes are worded (`file:line:column: message`, did-you-mean);
- `yaml_io`: round-trip YAML that keeps comments and layout;
- `rewrite`: `briefing hide` and `fix` writing into a file as an editor would;
- `reference`: writes the JSON Schema and the docs' key tables from `schema`.
"""
