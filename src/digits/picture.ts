/**
 * The shape of a digit picture, as in MNIST: SIDE × SIDE grey pixels, row-major (pixel
 * (x, y) is index y · SIDE + x), each from 0 (black) to 1 (white ink). The digit network's
 * input layer has one neuron per pixel.
 */
export const SIDE = 28;
/** SIDE², 784: the number of pixels, and of the network's inputs. */
export const PIXELS = SIDE * SIDE;
