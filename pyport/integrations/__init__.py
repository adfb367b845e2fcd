"""Web framework integrations: `pyport.integrations.fastapi` (`pip install 'pyport[fastapi]'`)
and `pyport.integrations.django` (`pip install 'pyport[django]'`). Each is imported only when
named; `import pyport` never imports a framework."""
