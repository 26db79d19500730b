"""The built-in register of organen (gemeenten, provincies, waterschappen, Kamers) and their forms."""
