"""python -m vigil: the vigil command."""
import sys

from .cli import main

sys.exit(main())
