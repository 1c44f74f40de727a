import YAML
