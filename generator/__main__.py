from generator.cli.main import main

if __name__ == "__main__":  # spawned build workers (Windows, macOS) import this module again
    main()
