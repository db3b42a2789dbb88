import sys

from c2q_shell.cli import main

sys.exit(main())
