from vnner.cli import main

main()
