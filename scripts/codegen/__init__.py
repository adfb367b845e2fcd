"""pyport's codegen pipeline.

Port's OpenAPI spec → normalized spec → openapi-python-client → generated/ and pyport/_resources/.
Each step is a module with a small public function; the scripts in scripts/ are thin command lines
over them.
"""
