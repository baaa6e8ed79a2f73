#!/usr/bin/env python
import sys

from verbund.cli import main

if __name__ == "__main__":
    sys.exit(main())
