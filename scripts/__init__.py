"""Developer commands, each run as ``python -m scripts.<name>`` (the Makefile does):

generate      the generated client, its operation index and reference, from the spec
check_spec    validate a spec and every example in it
update_spec   replace the vendored spec, regenerate, report what changed in Python terms
bench         measure the client against baselines
"""
