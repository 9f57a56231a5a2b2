from quotegraph.cli import main

main()
