#!/usr/bin/env python3
"""Export an encoder as TorchScript for Entail Studio (`entail train --image-encoder/--text-encoder FILE`).

Runs outside the build, with Debian's python3-torch (and python3-torchvision for the ResNets):

    /usr/bin/python3 packaging/export_torchscript.py resnet50 --out resnet50.pt [--weights resnet50.pth]
    /usr/bin/python3 packaging/export_torchscript.py text-transformer --vocab-size 8000 --out text.pt

Nothing is downloaded: without --weights the network keeps its random initialisation (weights=None);
pass a state_dict saved elsewhere (torch.save(model.state_dict(), "resnet50.pth")) to get pretrained weights.

The contract Entail Studio checks when it loads the file:
  image encoder: forward(images) with float [B,3,128,128] (RGB, ImageNet mean/std) -> float [B,D]
  text encoder:  forward(token_ids, segment_ids, padding_mask), each int64 [B,L] -> float [B,D];
                 padding_mask is 1 for real tokens, 0 for padding; token ids come from the model file's own
                 sentencepiece tokenizer (0 pad, 1 unk, 2 [CLS], 3 [SEP], 4 mask), so a text encoder must be
                 trained (or fine-tuned) on those ids, not on another tokenizer's vocabulary.
"""
import argparse
import sys

import torch


class ImageBackbone(torch.nn.Module):
    """A torchvision classifier without its last layer: pooled features, [B,D]."""

    def __init__(self, backbone: torch.nn.Module):
        super().__init__()
        self.backbone = backbone

    def forward(self, images: torch.Tensor) -> torch.Tensor:
        return torch.flatten(self.backbone(images), 1)


class TextTransformer(torch.nn.Module):
    """A small Transformer encoder over the pair; [CLS] state and masked mean, [B,2*dim]."""

    def __init__(self, vocab_size: int, dim: int, layers: int, heads: int, max_length: int = 512):
        super().__init__()
        self.token = torch.nn.Embedding(vocab_size, dim)
        self.position = torch.nn.Embedding(max_length, dim)
        self.segment = torch.nn.Embedding(2, dim)
        layer = torch.nn.TransformerEncoderLayer(dim, heads, 2 * dim, 0.1, activation="gelu")
        self.encoder = torch.nn.TransformerEncoder(layer, layers)

    def forward(self, token_ids: torch.Tensor, segment_ids: torch.Tensor, padding_mask: torch.Tensor) -> torch.Tensor:
        positions = torch.arange(token_ids.size(1), device=token_ids.device).unsqueeze(0)
        x = self.token(token_ids) + self.position(positions) + self.segment(segment_ids)
        x = self.encoder(x.transpose(0, 1), src_key_padding_mask=padding_mask == 0).transpose(0, 1)
        m = padding_mask.unsqueeze(2).to(x.dtype)
        mean = (x * m).sum(1) / m.sum(1).clamp_min(1.0)
        return torch.cat([x[:, 0], mean], 1)


def build(args):
    if args.model in ("resnet50", "resnet18"):
        try:
            import torchvision
        except ImportError:
            sys.exit("export_torchscript.py: python3-torchvision is needed for %s" % args.model)
        net = getattr(torchvision.models, args.model)(weights=None)
        if args.weights:
            net.load_state_dict(torch.load(args.weights, map_location="cpu"))
        net.fc = torch.nn.Identity()
        return ImageBackbone(net), "image"
    net = TextTransformer(args.vocab_size, args.dim, args.layers, args.heads)
    if args.weights:
        net.load_state_dict(torch.load(args.weights, map_location="cpu"))
    return net, "text"


def check(module, kind, vocab_size):
    with torch.no_grad():
        if kind == "image":
            out = module(torch.zeros(2, 3, 128, 128))
        else:
            ids = torch.randint(5, vocab_size, (2, 8))
            ids[:, 0] = 2
            seg = torch.zeros(2, 8, dtype=torch.long)
            seg[:, 4:] = 1
            mask = torch.ones(2, 8, dtype=torch.long)
            mask[1, 6:] = 0
            out = module(ids, seg, mask)
    if out.dim() != 2 or out.size(0) != 2:
        sys.exit("export_torchscript.py: the module returns %s, not [B,D]" % (tuple(out.shape),))
    return out.size(1)


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("model", choices=["resnet50", "resnet18", "text-transformer"])
    p.add_argument("--out", required=True, help="TorchScript file to write")
    p.add_argument("--weights", help="local state_dict to load (nothing is downloaded)")
    p.add_argument("--vocab-size", type=int, default=8000, help="text: embedding rows (>= the tokenizer's size)")
    p.add_argument("--dim", type=int, default=128, help="text: model width")
    p.add_argument("--layers", type=int, default=2, help="text: encoder layers")
    p.add_argument("--heads", type=int, default=4, help="text: attention heads")
    args = p.parse_args()
    torch.manual_seed(0)
    module, kind = build(args)
    module.eval()
    scripted = torch.jit.script(module)
    dim = check(scripted, kind, args.vocab_size)
    scripted.save(args.out)
    print("%s: %s encoder, output dimension %d" % (args.out, kind, dim))


if __name__ == "__main__":
    main()
