import RDFitCommand

RDFitCommandLine.main()
